<?php
/**
 * Fallback HTML, server-side: a PHP port of the structure of the builder's `fallbackHtml`
 * (src/builder/html/ in the sahel-widgets repository), placed inside each widget's tag so that feeds,
 * search engines, AMP and readers without JavaScript get the content. Ported rather than pre-built
 * because an editor uploads only the story JSON (from any tool), and the site cannot run Node: the
 * fallback must be computed where the story is. Every string is escaped; UI words are English; story
 * text carries the story's language. The widget hides these children when it upgrades.
 */

defined( 'ABSPATH' ) || exit;

function sahel_fb_e( $v ) {
	return esc_html( (string) $v );
}

function sahel_fb_text( $c, $v, $tag = 'span' ) {
	return '<' . $tag . $c['lang'] . '>' . sahel_fb_e( $v ) . '</' . $tag . '>';
}

/** "Summer 2023", "Week of Apr 7, 2024", "Mar 12–14, 2024", "c. 2018": the widget's short date form. */
function sahel_fb_date( $w ) {
	$start = strtotime( ( $w['start'] ?? '' ) . ' UTC' );
	$end   = strtotime( ( $w['end'] ?? '' ) . ' UTC' );
	if ( ! $start ) {
		return (string) ( $w['phrase'] ?? '' );
	}
	$y      = gmdate( 'Y', $start );
	$approx = ! empty( $w['approximate'] ) ? 'c. ' : '';
	switch ( $w['precision'] ?? 'day' ) {
		case 'year':
			$text = $y;
			break;
		case 'season':
			$m     = (int) gmdate( 'n', $start );
			$names = array( 3 => 'Spring', 4 => 'Spring', 5 => 'Spring', 6 => 'Summer', 7 => 'Summer', 8 => 'Summer', 9 => 'Autumn', 10 => 'Autumn', 11 => 'Autumn' );
			$text  = ( $names[ $m ] ?? 'Winter' ) . ' ' . $y;
			break;
		case 'month':
			$text = gmdate( 'F Y', $start );
			break;
		case 'week':
			$text = 'Week of ' . gmdate( 'M j, Y', $start );
			break;
		default:
			if ( $end && $end !== $start ) {
				$text = gmdate( 'M', $start ) === gmdate( 'M', $end ) && gmdate( 'Y', $start ) === gmdate( 'Y', $end )
					? gmdate( 'M j', $start ) . '–' . gmdate( 'j, Y', $end )
					: gmdate( 'M j', $start ) . ' – ' . gmdate( 'M j, Y', $end );
			} else {
				$text = gmdate( 'M j, Y', $start );
			}
	}
	return $approx . $text;
}

function sahel_fb_actor( $story, $id ) {
	foreach ( $story['actors'] as $a ) {
		if ( $a['id'] === $id ) {
			return $a;
		}
	}
	return null;
}

function sahel_fb_source( $c ) {
	$a        = $c['story']['article'];
	$url      = isset( $a['url'] ) && preg_match( '#^https?://#i', $a['url'] ) ? $a['url'] : '';
	$headline = $url ? '<a href="' . esc_url( $url ) . '"' . $c['lang'] . '>' . sahel_fb_e( $a['headline'] ) . '</a>' : sahel_fb_text( $c, $a['headline'], 'cite' );
	$pub      = ! empty( $a['publisher'] ) ? ', ' . sahel_fb_text( $c, $a['publisher'] ) : '';
	$day      = strtotime( $a['published'] . ' UTC' );
	return 'Source: ' . $headline . $pub . ', <time datetime="' . esc_attr( $a['published'] ) . '">' . sahel_fb_e( $day ? gmdate( 'F j, Y', $day ) : $a['published'] ) . '</time>.';
}

function sahel_fb_timeline( $c ) {
	$events = $c['story']['events'];
	usort(
		$events,
		function ( $x, $y ) {
			return array( $x['when']['start'], $x['when']['end'] ) <=> array( $y['when']['start'], $y['when']['end'] );
		}
	);
	$actor = $c['attrs']['actor'] ?? '';
	$items = '';
	foreach ( $events as $e ) {
		if ( $actor && ! in_array( $actor, (array) ( $e['actors'] ?? array() ), true ) ) {
			continue;
		}
		$summary = ! empty( $e['summary'] ) ? '<p>' . sahel_fb_text( $c, $e['summary'] ) . '</p>' : '';
		$items  .= '<li><time datetime="' . esc_attr( $e['when']['start'] ) . '">' . sahel_fb_e( sahel_fb_date( $e['when'] ) ) . '</time>: ' . sahel_fb_text( $c, $e['title'], 'strong' ) . $summary . '</li>';
	}
	return $items ? '<section aria-label="Timeline"><ol>' . $items . '</ol></section>' : '<p role="note">No events.</p>';
}

function sahel_fb_quote( $c ) {
	$story = $c['story'];
	$id    = $c['attrs']['quote'] ?? '';
	$q     = null;
	foreach ( $story['quotes'] as $x ) {
		if ( $x['id'] === $id || ( '' === $id && ( $c['attrs']['speaker'] ?? '' ) === $x['speaker'] ) ) {
			$q = $x;
			break;
		}
	}
	if ( ! $q ) {
		return '<p role="note">' . sahel_fb_e( sprintf( 'No quote "%s" in this story.', $id ) ) . '</p>';
	}
	$words = array( $q['text'] );
	$last  = $q['id'];
	foreach ( $story['quotes'] as $x ) {
		if ( ( $x['continues'] ?? '' ) === $last ) {
			$words[] = $x['text'];
			$last    = $x['id'];
		}
	}
	$a   = sahel_fb_actor( $story, $q['speaker'] );
	$who = $a ? sahel_fb_text( $c, $a['name'] ) . ( ! empty( $a['anonymous'] ) ? ', anonymous' : '' ) . ( ! empty( $a['role'] ) ? ', ' . sahel_fb_text( $c, $a['role'] ) : '' ) : '';
	$media = array( 'spoken' => 'Spoken', 'sign' => 'Protest sign', 'broadcast' => 'Broadcast', 'statement' => 'Written statement' );
	$ctx   = ! empty( $q['context'] ) ? ' · ' . sahel_fb_text( $c, $q['context'] ) : '';
	return '<figure><blockquote' . $c['lang'] . '><p>“' . sahel_fb_e( implode( ' ', $words ) ) . '”</p></blockquote>'
		. '<figcaption><p>— ' . $who . '</p><p>' . sahel_fb_e( $media[ $q['medium'] ] ?? $q['medium'] ) . $ctx . '</p><p><small>' . sahel_fb_source( $c ) . '</small></p></figcaption></figure>';
}

function sahel_fb_badge( $c ) {
	$a = sahel_fb_actor( $c['story'], $c['attrs']['actor'] ?? '' );
	if ( ! $a ) {
		return '<span role="note">' . sahel_fb_e( sprintf( 'No actor "%s" in this story.', $c['attrs']['actor'] ?? '' ) ) . '</span>';
	}
	return sahel_fb_text( $c, $a['name'], 'strong' ) . ( ! empty( $a['role'] ) ? ' <small>(' . sahel_fb_text( $c, $a['role'] ) . ')</small>' : '' );
}

function sahel_fb_list( $c ) {
	$out   = '';
	$kinds = array( 'person' => 'People', 'organization' => 'Organizations', 'country' => 'Countries', 'group' => 'Groups' );
	foreach ( $kinds as $kind => $label ) {
		$items = '';
		foreach ( $c['story']['actors'] as $a ) {
			if ( $a['kind'] === $kind ) {
				$items .= '<li>' . sahel_fb_text( $c, $a['name'], 'strong' ) . ( ! empty( $a['role'] ) ? ', ' . sahel_fb_text( $c, $a['role'] ) : '' ) . '</li>';
			}
		}
		$out .= $items ? '<h3>' . $label . '</h3><ul>' . $items . '</ul>' : '';
	}
	return '<section aria-label="Who is who">' . $out . '</section>';
}

function sahel_fb_figures( $c ) {
	$items = '';
	foreach ( $c['story']['figures'] as $f ) {
		if ( ! empty( $c['attrs']['figure'] ) && $c['attrs']['figure'] !== $f['id'] ) {
			continue;
		}
		$n     = function ( $v ) {
			return is_numeric( $v ) ? number_format_i18n( $v, floor( $v ) == $v ? 0 : 2 ) : '';
		};
		$value = isset( $f['value'] ) ? $n( $f['value'] ) : ( isset( $f['min'], $f['max'] ) ? $n( $f['min'] ) . '–' . $n( $f['max'] ) : $n( $f['min'] ?? $f['max'] ?? '' ) );
		$value = ( ! empty( $f['approximate'] ) ? 'about ' : '' ) . ( ! empty( $f['currency'] ) ? $f['currency'] . ' ' : '' ) . $value;
		$unit  = ! empty( $f['unit'] ) && empty( $f['currency'] ) ? ' ' . sahel_fb_text( $c, $f['unit'] ) : '';
		$items .= '<li><strong>' . sahel_fb_e( $value ) . '</strong>' . $unit . ': ' . sahel_fb_text( $c, $f['label'] ) . '</li>';
	}
	return $items ? '<section aria-label="Key figures"><ul>' . $items . '</ul></section>' : '<p role="note">No figures.</p>';
}

function sahel_fb_map( $c ) {
	$items = '';
	foreach ( $c['story']['places'] as $p ) {
		$items .= '<li>' . sahel_fb_text( $c, $p['name'], 'strong' ) . ' <small>(' . sahel_fb_e( $p['kind'] ) . ')</small></li>';
	}
	return $items ? '<section aria-label="Map"><ul>' . $items . '</ul></section>' : '<p role="note">No places.</p>';
}

function sahel_fb_relations( $c ) {
	$s     = $c['story'];
	$names = array();
	foreach ( array( 'actors' => 'name', 'places' => 'name', 'events' => 'title', 'figures' => 'label' ) as $list => $field ) {
		foreach ( $s[ $list ] as $x ) {
			$names[ $x['id'] ] = $x[ $field ];
		}
	}
	$items = '';
	foreach ( $s['relations'] as $r ) {
		$items .= '<li>' . sahel_fb_text( $c, $names[ $r['from'] ] ?? $r['from'], 'strong' ) . ' — ' . sahel_fb_text( $c, $r['label'] ) . ' → ' . sahel_fb_text( $c, $names[ $r['to'] ] ?? $r['to'], 'strong' ) . '</li>';
	}
	return $items ? '<section aria-label="Relations"><ul>' . $items . '</ul></section>' : '<p role="note">No relations.</p>';
}

/** The fallback HTML of `widget` (timeline, quote, badge, list, figures, map, relations) for a checked story. */
function sahel_widgets_fallback_html( $story, $widget, $attrs ) {
	$lang = ! empty( $story['article']['language'] ) ? ' lang="' . esc_attr( $story['article']['language'] ) . '"' : '';
	$fn   = 'sahel_fb_' . $widget;
	return function_exists( $fn ) ? $fn( array( 'story' => $story, 'attrs' => $attrs, 'lang' => $lang ) ) : '';
}
