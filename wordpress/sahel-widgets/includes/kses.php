<?php
/**
 * The widgets' tags and attributes in the KSES allow-list, so that tags typed into a post (an HTML block,
 * the code editor) survive for users without `unfiltered_html` (Authors, Contributors, Editors on
 * multisite). Only the elements' own attributes: no event handlers, no `style`; `src` of <sahel-story>
 * keeps KSES's URL protocol check.
 */

defined( 'ABSPATH' ) || exit;

function sahel_widgets_kses_tags() {
	$common = array( 'lang' => true, 'dir' => true, 'theme' => true, 'class' => true, 'id' => true, 'title' => true );
	return array(
		'sahel-story'     => $common + array( 'src' => true, 'default' => true, 'timeout' => true ),
		'sahel-timeline'  => $common + array( 'actor' => true, 'from' => true, 'to' => true, 'compact' => true, 'layout' => true, 'show-sources' => true, 'heading-level' => true ),
		'quote-card'      => $common + array( 'quote' => true, 'speaker' => true, 'all' => true, 'variant' => true ),
		'actor-badge'     => $common + array( 'actor' => true, 'variant' => true ),
		'actor-list'      => $common + array( 'sort' => true, 'heading-level' => true, 'kind' => true ),
		'key-figures'     => $common + array( 'figure' => true, 'actor' => true, 'layout' => true ),
		'sahel-map'       => $common + array( 'place' => true, 'zoom' => true ),
		'actor-relations' => $common + array( 'actor' => true, 'kind' => true, 'from' => true, 'to' => true, 'layout' => true ),
		// what the fallback HTML uses that the post allow-list may lack
		'time'            => array( 'datetime' => true, 'title' => true ),
		'section'         => array( 'aria-label' => true, 'class' => true, 'lang' => true ),
	);
}

add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		foreach ( sahel_widgets_kses_tags() as $tag => $attrs ) {
			$tags[ $tag ] = array_merge( $tags[ $tag ] ?? array(), $attrs );
		}
		return $tags;
	},
	10,
	2
);
