<?php
// php -S router: Debian's WordPress (/usr/share/wordpress) with this test's wp-content (SAHEL_WP_CONTENT).
$_SERVER['WORDPRESS_CONFIG'] = 'sahel-test';
$path    = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$content = getenv( 'SAHEL_WP_CONTENT' );
$types   = array( 'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png' );
if ( 0 === strpos( $path, '/wp-content/' ) && false === strpos( $path, '..' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	$ext  = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	if ( ! is_file( $file ) || 'php' === $ext ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
	readfile( $file );
	return true;
}
$file = '/usr/share/wordpress' . $path;
if ( '/' !== $path && is_file( $file ) && '.php' !== substr( $file, -4 ) ) {
	return false;
}
if ( is_file( $file ) && '.php' === substr( $file, -4 ) ) {
	chdir( dirname( $file ) );
	require $file;
	return true;
}
chdir( '/usr/share/wordpress' );
require '/usr/share/wordpress/index.php';
