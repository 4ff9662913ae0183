<?php
/**
 * Runs the plugin's server-side fallback (wordpress/sahel-widgets/includes/fallback.php) outside WordPress,
 * for test/node/wordpress-fallback.test.ts, which compares it with the builder's `fallbackHtml`.
 *
 * Reads a JSON list of jobs on stdin and writes a JSON list of results:
 * - `{"story": "/path/story.json", "widget": "timeline", "attrs": {...}}` (or `"storyJson": {...}`) → the HTML;
 * - `{"date": {...fuzzy date...}}` → `{"short", "long", "datetime", "sentence"}` (the in-sentence label of its bound).
 *
 * WordPress's own esc_html, esc_attr and esc_url come from /usr/share/wordpress (Debian's `wordpress`) when it
 * is there (SAHEL_WP_ROOT overrides the path); else they are defined here as WordPress defines them for a
 * UTF-8 site. The first line of stderr says which.
 */

define( 'ABSPATH', rtrim( getenv( 'SAHEL_WP_ROOT' ) ?: '/usr/share/wordpress', '/' ) . '/' );
define( 'WPINC', 'wp-includes' );

if ( is_file( ABSPATH . WPINC . '/formatting.php' ) && is_file( ABSPATH . WPINC . '/kses.php' ) ) {
	require ABSPATH . WPINC . '/plugin.php';
	require ABSPATH . WPINC . '/formatting.php';
	require ABSPATH . WPINC . '/kses.php';
	// what those files ask of the rest of WordPress (the options table, the site's protocols)
	function wp_load_alloptions() {
		return array( 'blog_charset' => 'UTF-8' );
	}
	function get_option( $name, $fallback = false ) {
		return 'blog_charset' === $name ? 'UTF-8' : $fallback;
	}
	function wp_allowed_protocols() {
		return array( 'http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn' );
	}
	fwrite( STDERR, 'escaping: WordPress ' . ABSPATH . WPINC . "/formatting.php\n" );
} else {
	// as WordPress defines them for a UTF-8 site: no double encoding of entities, quotes as &quot; and &#039;
	function esc_html( $text ) {
		return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
	}
	function esc_attr( $text ) {
		return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
	}
	function esc_url( $url, $protocols = null ) {
		$url = preg_replace( '|[^a-z0-9-~+_.?#=!&;,/:%@$\|*\'()\[\]\x80-\xff]|i', '', str_replace( ' ', '%20', ltrim( (string) $url ) ) );
		if ( ! preg_match( '#^(' . implode( '|', $protocols ?: array( 'http', 'https' ) ) . '):#i', $url ) ) {
			return '';
		}
		return str_replace( array( '&amp;', '&', "'" ), array( '&#038;', '&#038;', '&#039;' ), $url );
	}
	function number_format_i18n( $number, $decimals = 0 ) {
		return number_format( (float) $number, (int) $decimals );
	}
	fwrite( STDERR, "escaping: WordPress's definitions copied in scripts/wordpress/fallback-driver.php\n" );
}

require dirname( __DIR__, 2 ) . '/wordpress/sahel-widgets/includes/fallback.php';

$jobs    = json_decode( stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
$stories = array();
$out     = array();
foreach ( $jobs as $job ) {
	if ( isset( $job['date'] ) ) {
		$out[] = array(
			'short'    => sahel_fb_date( $job['date'] ),
			'long'     => sahel_fb_date( $job['date'], true ),
			'datetime' => sahel_fb_datetime( $job['date'] ),
			'sentence' => sahel_fb_date_in_sentence( sahel_fb_date_bound( $job['date'] ) ),
		);
		continue;
	}
	if ( isset( $job['storyJson'] ) ) {
		$story = $job['storyJson'];
	} else {
		$stories[ $job['story'] ] = $stories[ $job['story'] ] ?? json_decode( file_get_contents( $job['story'] ), true, 64, JSON_THROW_ON_ERROR );
		$story                    = $stories[ $job['story'] ];
	}
	$out[] = sahel_widgets_fallback_html( $story, $job['widget'], (array) ( $job['attrs'] ?? array() ) );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR );
