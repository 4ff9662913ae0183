<?php
/**
 * The story of a post: a media-library attachment id or a URL, in the post meta `sahel_story` (or a
 * widget's own `story` attribute). Loaded, size-capped and checked for shape on the server; served to the
 * browser from this site's REST API, so the page never asks another origin.
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	function () {
		register_post_meta(
			'',
			'sahel_story',
			array(
				'type'              => 'string',
				'single'            => true,
				'show_in_rest'      => true,
				'sanitize_callback' => 'sahel_widgets_sanitize_story_ref',
				'auth_callback'     => function ( $allowed, $key, $post_id ) {
					return current_user_can( 'edit_post', $post_id );
				},
			)
		);
	}
);

/** An attachment id (digits) or an http(s) URL; anything else becomes ''. */
function sahel_widgets_sanitize_story_ref( $value ) {
	$value = trim( (string) $value );
	if ( preg_match( '/^\d+$/', $value ) ) {
		return $value;
	}
	return wp_http_validate_url( $value ) ? esc_url_raw( $value, array( 'http', 'https' ) ) : '';
}

/** The story reference of a widget: its own attribute, else the post's. */
function sahel_widgets_story_ref( $attribute, $post_id ) {
	$ref = sahel_widgets_sanitize_story_ref( $attribute );
	if ( '' === $ref && $post_id ) {
		$ref = sahel_widgets_sanitize_story_ref( get_post_meta( $post_id, 'sahel_story', true ) );
	}
	return $ref;
}

/**
 * Loads and checks a story. Returns array( 'story' => array ) or WP_Error.
 * Cached per request, and for URL stories for an hour (a transient).
 */
function sahel_widgets_load_story( $ref ) {
	static $cache = array();
	if ( isset( $cache[ $ref ] ) ) {
		return $cache[ $ref ];
	}
	$json = null;
	if ( '' === $ref ) {
		$result = new WP_Error( 'sahel_no_story', __( 'No story: set the post\'s story (a JSON file from the media library, or a URL).', 'sahel-widgets' ) );
	} elseif ( ctype_digit( $ref ) ) {
		$file = get_attached_file( (int) $ref );
		if ( ! $file || 'attachment' !== get_post_type( (int) $ref ) || ! is_readable( $file ) ) {
			$result = new WP_Error( 'sahel_story_missing', sprintf( 'Story attachment %d not found.', (int) $ref ) );
		} elseif ( filesize( $file ) > SAHEL_WIDGETS_MAX_STORY_BYTES ) {
			$result = new WP_Error( 'sahel_story_too_big', 'The story is larger than 5 MB.' );
		} else {
			$json = file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
	} else {
		$key  = 'sahel_story_' . md5( $ref );
		$json = get_transient( $key );
		if ( false === $json ) {
			$response = wp_safe_remote_get( $ref, array( 'timeout' => 10, 'limit_response_size' => SAHEL_WIDGETS_MAX_STORY_BYTES + 1 ) );
			if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
				$json   = null;
				$result = new WP_Error( 'sahel_story_fetch', 'The story URL could not be fetched.' );
			} else {
				$json = wp_remote_retrieve_body( $response );
				if ( strlen( $json ) > SAHEL_WIDGETS_MAX_STORY_BYTES ) {
					$json   = null;
					$result = new WP_Error( 'sahel_story_too_big', 'The story is larger than 5 MB.' );
				} else {
					set_transient( $key, $json, HOUR_IN_SECONDS );
				}
			}
		}
	}
	if ( null !== $json ) {
		$story  = json_decode( $json, true, 64 );
		$errors = is_array( $story ) ? sahel_widgets_story_problems( $story ) : array( 'not JSON' );
		$result = $errors ? new WP_Error( 'sahel_story_invalid', 'The story is not valid: ' . implode( '; ', array_slice( $errors, 0, 5 ) ) ) : array( 'story' => $story );
	}
	$cache[ $ref ] = $result;
	return $result;
}

/**
 * The shape check: what the fallback HTML and the widgets rely on. (The browser validates the rest:
 * every quote against the article's text, every reference, every date.) Returns a list of problems.
 */
function sahel_widgets_story_problems( $s ) {
	$p   = array();
	$str = function ( $v ) {
		return is_string( $v ) && '' !== $v;
	};
	if ( 1 !== ( $s['version'] ?? null ) ) {
		$p[] = 'version: must be 1';
	}
	if ( ! $str( $s['id'] ?? null ) || ! preg_match( '/^[a-z0-9][a-z0-9_-]*$/', $s['id'] ) ) {
		$p[] = 'id: missing or not an id';
	}
	$a = $s['article'] ?? null;
	if ( ! is_array( $a ) || ! $str( $a['headline'] ?? null ) || ! $str( $a['published'] ?? null ) || ! is_array( $a['paragraphs'] ?? null ) ) {
		$p[] = 'article: needs headline, published and paragraphs';
	}
	$lists = array(
		'actors'    => array( 'id', 'name', 'kind' ),
		'quotes'    => array( 'id', 'text', 'speaker', 'medium' ),
		'events'    => array( 'id', 'title' ),
		'places'    => array( 'id', 'name', 'kind' ),
		'figures'   => array( 'id', 'label' ),
		'relations' => array( 'id', 'from', 'to', 'label' ),
	);
	foreach ( $lists as $list => $fields ) {
		if ( ! isset( $s[ $list ] ) ) {
			$p[] = "$list: missing";
			continue;
		}
		if ( ! is_array( $s[ $list ] ) || ! array_is_list_compat( $s[ $list ] ) ) {
			$p[] = "$list: not a list";
			continue;
		}
		foreach ( $s[ $list ] as $i => $item ) {
			foreach ( $fields as $f ) {
				if ( ! is_array( $item ) || ! $str( $item[ $f ] ?? null ) ) {
					$p[] = "{$list}[{$i}].{$f}: missing";
					break;
				}
			}
			if ( 'events' === $list && ( ! is_array( $item['when'] ?? null ) || ! $str( $item['when']['start'] ?? null ) || ! $str( $item['when']['end'] ?? null ) ) ) {
				$p[] = "events[{$i}].when: needs start and end";
			}
		}
	}
	return $p;
}

function array_is_list_compat( $a ) {
	return array() === $a || array_keys( $a ) === range( 0, count( $a ) - 1 );
}

/** The story served same-origin to the widgets: /wp-json/sahel-widgets/v1/story?ref=… (only refs used by a readable post). */
add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'sahel-widgets/v1',
			'/story/(?P<post>\d+)',
			array(
				'methods'             => 'GET',
				'permission_callback' => function ( $request ) {
					$post = get_post( (int) $request['post'] );
					return $post && ( 'publish' === $post->post_status && empty( $post->post_password ) || current_user_can( 'read_post', $post->ID ) );
				},
				'args'                => array( 'ref' => array( 'type' => 'string', 'default' => '' ) ),
				'callback'            => function ( $request ) {
					$post_id = (int) $request['post'];
					$ref     = sahel_widgets_sanitize_story_ref( $request['ref'] );
					$post    = get_post( $post_id );
					// a widget's own story must be one that the post's content names: no open proxy
					if ( '' !== $ref && ! preg_match( '/(story=["\']?|"story":")' . preg_quote( $ref, '/' ) . '["\'\s\]]/', $post->post_content ) ) {
						return new WP_Error( 'sahel_story_not_used', 'This post does not use that story.', array( 'status' => 404 ) );
					}
					$loaded = sahel_widgets_load_story( sahel_widgets_story_ref( $ref, $post_id ) );
					if ( is_wp_error( $loaded ) ) {
						$loaded->add_data( array( 'status' => 404 ) );
						return $loaded;
					}
					return new WP_REST_Response( $loaded['story'], 200, array( 'Cache-Control' => 'public, max-age=300' ) );
				},
			)
		);
	}
);
