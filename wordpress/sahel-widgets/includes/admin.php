<?php
/** A "Sahel story" box on the post screen (classic and block editor): the story's attachment id or URL. */

defined( 'ABSPATH' ) || exit;

add_action(
	'add_meta_boxes',
	function () {
		add_meta_box( 'sahel-widgets-story', __( 'Sahel story', 'sahel-widgets' ), 'sahel_widgets_meta_box', null, 'side' );
	}
);

function sahel_widgets_meta_box( $post ) {
	wp_nonce_field( 'sahel_widgets_story', 'sahel_widgets_story_nonce' );
	$value = get_post_meta( $post->ID, 'sahel_story', true );
	echo '<p><label for="sahel-story-ref">' . esc_html__( 'Story JSON: its media library ID, or a URL', 'sahel-widgets' ) . '</label></p>';
	echo '<input type="text" id="sahel-story-ref" name="sahel_story" class="widefat" value="' . esc_attr( $value ) . '">';
	$loaded = '' === $value ? null : sahel_widgets_load_story( sahel_widgets_sanitize_story_ref( $value ) );
	if ( is_wp_error( $loaded ) ) {
		echo '<p role="note">' . esc_html( $loaded->get_error_message() ) . '</p>';
	} elseif ( $loaded ) {
		echo '<p>' . esc_html( $loaded['story']['article']['headline'] ) . '</p>';
	}
}

add_action(
	'save_post',
	function ( $post_id ) {
		if ( ! isset( $_POST['sahel_widgets_story_nonce'] ) || ! wp_verify_nonce( sanitize_key( $_POST['sahel_widgets_story_nonce'] ), 'sahel_widgets_story' ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		update_post_meta( $post_id, 'sahel_story', sahel_widgets_sanitize_story_ref( wp_unslash( $_POST['sahel_story'] ?? '' ) ) );
	}
);

/** Story JSON files may be uploaded to the media library. */
add_filter(
	'upload_mimes',
	function ( $mimes ) {
		$mimes['json'] = 'application/json';
		return $mimes;
	}
);
