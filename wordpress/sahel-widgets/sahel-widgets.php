<?php
/**
 * Plugin Name:       Sahel Widgets
 * Description:       Interactive context for news articles (timeline, quote cards, actor badges, key figures, map, relations) from a verified story JSON, with server-rendered fallback HTML.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            sahel-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       sahel-widgets
 *
 * The widgets' JavaScript (assets/sahel-widgets.js) is MIT-licensed, which is GPL-compatible.
 */

defined( 'ABSPATH' ) || exit;

define( 'SAHEL_WIDGETS_VERSION', '0.1.0' );
define( 'SAHEL_WIDGETS_DIR', __DIR__ );
define( 'SAHEL_WIDGETS_URL', plugin_dir_url( __FILE__ ) );
/** The largest story accepted, in bytes (the browser's <sahel-story> has the same cap). */
define( 'SAHEL_WIDGETS_MAX_STORY_BYTES', 5 * 1024 * 1024 );

require_once __DIR__ . '/includes/story.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/admin.php';
