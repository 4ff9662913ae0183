<?php
/**
 * Shortcodes and dynamic blocks: both render `<sahel-story src="(this site's REST URL)"><TAG …>fallback</TAG></sahel-story>`
 * and enqueue the bundle once per page, as a module.
 */

defined( 'ABSPATH' ) || exit;

/** widget => tag, and the attributes each accepts (shortcode/block attribute => element attribute). */
function sahel_widgets_definitions() {
	$common = array( 'lang' => 'lang', 'theme' => 'theme' );
	return array(
		'timeline'  => array( 'tag' => 'sahel-timeline', 'shortcode' => 'sahel-timeline', 'attrs' => $common + array( 'actor' => 'actor', 'from' => 'from', 'to' => 'to', 'compact' => 'compact', 'layout' => 'layout', 'show-sources' => 'show-sources' ) ),
		'quote'     => array( 'tag' => 'quote-card', 'shortcode' => 'sahel-quote', 'attrs' => $common + array( 'id' => 'quote', 'speaker' => 'speaker', 'all' => 'all', 'variant' => 'variant' ) ),
		'badge'     => array( 'tag' => 'actor-badge', 'shortcode' => 'sahel-actor', 'attrs' => $common + array( 'id' => 'actor', 'variant' => 'variant' ) ),
		'list'      => array( 'tag' => 'actor-list', 'shortcode' => 'sahel-actors', 'attrs' => $common + array( 'sort' => 'sort', 'heading-level' => 'heading-level' ) ),
		'figures'   => array( 'tag' => 'key-figures', 'shortcode' => 'sahel-figures', 'attrs' => $common + array( 'figure' => 'figure', 'actor' => 'actor' ) ),
		'map'       => array( 'tag' => 'sahel-map', 'shortcode' => 'sahel-map', 'attrs' => $common ),
		'relations' => array( 'tag' => 'actor-relations', 'shortcode' => 'sahel-relations', 'attrs' => $common + array( 'actor' => 'actor', 'kind' => 'kind' ) ),
	);
}

/** Enqueues assets/sahel-widgets.js once per page, as an ES module. */
function sahel_widgets_enqueue() {
	$src = SAHEL_WIDGETS_URL . 'assets/sahel-widgets.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) { // WordPress 6.5+
		wp_enqueue_script_module( 'sahel-widgets', $src, array(), SAHEL_WIDGETS_VERSION );
		return;
	}
	wp_enqueue_script( 'sahel-widgets', $src, array(), SAHEL_WIDGETS_VERSION, true );
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'sahel-widgets' === $handle ? str_replace( '<script ', '<script type="module" ', preg_replace( '/ type=([\'"])text\/javascript\1/', '', $tag ) ) : $tag;
	},
	10,
	2
);

/** The HTML of one widget. `$given` are the shortcode's or block's attributes. */
function sahel_widgets_render( $widget, $given ) {
	$defs = sahel_widgets_definitions();
	if ( ! isset( $defs[ $widget ] ) ) {
		return '';
	}
	$def     = $defs[ $widget ];
	$post_id = get_the_ID();
	$given   = is_array( $given ) ? $given : array();
	$ref     = sahel_widgets_story_ref( $given['story'] ?? '', $post_id );
	$loaded  = sahel_widgets_load_story( $ref );
	$attrs   = array();
	foreach ( $def['attrs'] as $from => $to ) {
		if ( isset( $given[ $from ] ) && '' !== $given[ $from ] && false !== $given[ $from ] ) {
			$attrs[ $to ] = true === $given[ $from ] ? '' : (string) $given[ $from ];
		}
	}
	if ( is_wp_error( $loaded ) ) {
		// visible to editors only; readers see nothing
		return current_user_can( 'edit_post', $post_id ) ? '<p class="sahel-widgets-error" role="note">' . esc_html( $loaded->get_error_message() ) . '</p>' : '';
	}
	sahel_widgets_enqueue();
	$rest = add_query_arg( $given['story'] ?? '' ? array( 'ref' => rawurlencode( $ref ) ) : array(), rest_url( 'sahel-widgets/v1/story/' . (int) $post_id ) );
	$html = '';
	foreach ( $attrs as $name => $value ) {
		$html .= ' ' . $name . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$fallback = sahel_widgets_fallback_html( $loaded['story'], $widget, $attrs );
	$inline   = in_array( $widget, array( 'badge' ), true );
	$wrap     = $inline ? 'span' : 'div';
	return '<' . $wrap . ' class="sahel-widgets sahel-widgets-' . esc_attr( $widget ) . '"><sahel-story src="' . esc_url( $rest ) . '"><' . $def['tag'] . $html . '>' . $fallback . '</' . $def['tag'] . '></sahel-story></' . $wrap . '>';
}

add_action(
	'init',
	function () {
		foreach ( sahel_widgets_definitions() as $widget => $def ) {
			add_shortcode(
				$def['shortcode'],
				function ( $atts ) use ( $widget ) {
					return sahel_widgets_render( $widget, is_array( $atts ) ? $atts : array() );
				}
			);
			register_block_type(
				SAHEL_WIDGETS_DIR . '/blocks/' . $widget,
				array(
					'render_callback' => function ( $atts ) use ( $widget ) {
						return sahel_widgets_render( $widget, $atts );
					},
				)
			);
		}
		wp_register_script(
			'sahel-widgets-editor',
			SAHEL_WIDGETS_URL . 'assets/editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			SAHEL_WIDGETS_VERSION,
			true
		);
	},
	5 // before the blocks' block.json names the editor script (it is registered by handle)
);
