<?php
// Installs WordPress with its own functions, activates the plugin, and saves a post AS AN AUTHOR (so KSES
// applies). Prints one JSON line. Arguments: site URL, story.json path.
$_SERVER['WORDPRESS_CONFIG'] = 'sahel-test';
$_SERVER['HTTP_HOST']        = parse_url( $argv[1], PHP_URL_HOST ) . ':' . parse_url( $argv[1], PHP_URL_PORT );
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
$out = array();
if ( ! is_blog_installed() ) {
	wp_install( 'Sahel widgets test', 'admin', 'admin@example.com', true, '', 'admin-' . wp_generate_password( 12, false ) );
}
switch_theme( 'sahel-test' );
$activated = activate_plugin( 'sahel-widgets/sahel-widgets.php' );
$out['activated'] = ! is_wp_error( $activated ) && is_plugin_active( 'sahel-widgets/sahel-widgets.php' );
if ( ! function_exists( 'sahel_widgets_render' ) ) {
	require_once WP_CONTENT_DIR . '/plugins/sahel-widgets/sahel-widgets.php';
	do_action( 'init' );
}

// the story, uploaded to the media library as the admin
wp_set_current_user( 1 );
$upload = wp_upload_bits( 'niamey-protests-2024.json', null, file_get_contents( $argv[2] ) );
$att    = wp_insert_attachment( array( 'post_mime_type' => 'application/json', 'post_title' => 'Story', 'post_status' => 'inherit' ), $upload['file'] );
// server-side checks: a story of the wrong shape, and one over 5 MB, are refused
$bad = wp_upload_bits( 'bad.json', null, '{"version":1,"id":"x","article":{},"actors":"nope"}' );
$bad_id = wp_insert_attachment( array( 'post_mime_type' => 'application/json', 'post_title' => 'Bad', 'post_status' => 'inherit' ), $bad['file'] );
$big = wp_upload_bits( 'big.json', null, str_repeat( ' ', 5 * 1024 * 1024 + 1 ) );
$big_id = wp_insert_attachment( array( 'post_mime_type' => 'application/json', 'post_title' => 'Big', 'post_status' => 'inherit' ), $big['file'] );
$out['rejects'] = array(
	'shape' => is_wp_error( sahel_widgets_load_story( (string) $bad_id ) ) ? sahel_widgets_load_story( (string) $bad_id )->get_error_message() : 'accepted',
	'size'  => is_wp_error( sahel_widgets_load_story( (string) $big_id ) ) ? sahel_widgets_load_story( (string) $big_id )->get_error_message() : 'accepted',
);

$author = get_user_by( 'login', 'reporter' );
$author_id = $author ? $author->ID : wp_insert_user( array( 'user_login' => 'reporter', 'user_pass' => wp_generate_password(), 'user_email' => 'reporter@example.com', 'role' => 'author' ) );
wp_set_current_user( $author_id );
$out['author_unfiltered_html'] = current_user_can( 'unfiltered_html' );
$content = <<<HTML
<!-- wp:paragraph -->
<p>Thousands marched in Niamey on Saturday. The context, from the plugin's widgets:</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[sahel-timeline]
<!-- /wp:shortcode -->

<!-- wp:paragraph -->
<p>The junta, [sahel-actor id="niger"], answered.</p>
<!-- /wp:paragraph -->

<!-- wp:sahel-widgets/quote {"id":"condescending-attitude"} /-->

<!-- wp:shortcode -->
[sahel-figures]
<!-- /wp:shortcode -->

<!-- wp:sahel-widgets/relations /-->

<!-- wp:shortcode -->
[sahel-map]
<!-- /wp:shortcode -->

<!-- wp:paragraph -->
<p>More of the timeline, quotes and badges, in each layout and variant (their heights are checked with and without JavaScript):</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[sahel-timeline layout="auto" compact="true"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[sahel-timeline layout="horizontal"]
<!-- /wp:shortcode -->

<!-- wp:sahel-widgets/timeline {"layout":"auto","actor":"russia","from":"2023"} /-->

<!-- wp:sahel-widgets/quote {"id":"sign-2","variant":"pull"} /-->

<!-- wp:shortcode -->
[sahel-quote id="trainer-1" variant="compact"]
<!-- /wp:shortcode -->

<!-- wp:shortcode -->
[sahel-quote speaker="mariama-saley" all="true"]
<!-- /wp:shortcode -->

<!-- wp:paragraph -->
<p>In running text: [sahel-actor id="abdourahmane-tchiani"], head of the junta, and [sahel-actor id="mohamed-bazoum" variant="text"], the president he deposed, whose names the sentence carries on past the end of a line in a column as narrow as a phone's.</p>
<!-- /wp:paragraph -->

<!-- wp:html -->
<p>Typed by hand: <quote-card quote="sign-1" data-x="1" onclick="alert(1)"></quote-card></p>
<script>alert("author")</script>
<!-- /wp:html -->
HTML;
$post_id = wp_insert_post( array( 'post_title' => 'Protesters in Niger call for U.S. exit', 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $author_id ), true );
update_post_meta( $post_id, 'sahel_story', (string) $att );
$saved = get_post( $post_id )->post_content;
$out['post'] = $post_id;
$out['unused_attachment'] = $bad_id;
$out['kept_tag'] = false !== strpos( $saved, '<quote-card quote="sign-1">' );
$out['stripped_script'] = false === strpos( $saved, '<script' ) && false === strpos( $saved, 'onclick' );
$out['url'] = get_permalink( $post_id );
echo json_encode( $out ), "\n";
