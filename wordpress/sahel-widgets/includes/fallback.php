<?php
/**
 * Fallback HTML, server-side: a PHP port of the builder's `fallbackHtml` (src/builder/html/ in the
 * sahel-widgets repository), placed inside each widget's tag so that feeds, search engines, AMP and
 * readers without JavaScript get the content. Ported rather than pre-built because an editor uploads only
 * the story JSON (from any tool), and the site cannot run Node: the fallback must be computed where the
 * story is. Every string is escaped (esc_html, esc_attr, esc_url; only http(s) links); UI words are the
 * English strings (src/shared/i18n/en.ts); story text carries the story's language. The widget hides these
 * children when it upgrades.
 *
 * `<sahel-timeline>`, `<quote-card>` and `<actor-badge>` have the builder's current markup and inline styles,
 * which mirror the widgets' shadow-DOM boxes so that the upgrade keeps the height (test/node/
 * wordpress-fallback.test.ts compares this file's output with `fallbackHtml` for every story of data/;
 * `npm run test:wordpress` measures the heights in a real WordPress). The other widgets' fallbacks are
 * still the older structural port.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Text escaped for HTML content or a quoted attribute value. esc_html() leaves what already reads as an
 * entity as it is ("&amp;" would show as "&"): every "&" is written as "&amp;" first, which it keeps, so
 * story text shows exactly as written (as the builder's escapeHtml does).
 */
function sahel_fb_e( $v ) {
	return esc_html( str_replace( '&', '&amp;', sahel_fb_str( $v ) ) );
}

/** The same for attribute values, through esc_attr(). */
function sahel_fb_a( $v ) {
	return esc_attr( str_replace( '&', '&amp;', sahel_fb_str( $v ) ) );
}

/** A story value as text (what JavaScript's `String(value ?? '')` gives for a string or a number). */
function sahel_fb_str( $v ) {
	if ( is_string( $v ) ) {
		return $v;
	}
	if ( is_int( $v ) || is_float( $v ) ) {
		return sahel_fb_number( $v, false );
	}
	return is_bool( $v ) ? ( $v ? 'true' : 'false' ) : '';
}

/** JavaScript truthiness of a decoded JSON value. */
function sahel_fb_truthy( $v ) {
	return ! ( null === $v || false === $v || '' === $v || 0 === $v || 0.0 === $v );
}

/** A number as `n.toLocaleString('en')` writes it ("1,234", "2.5"); without `$group`, as `String(n)`. */
function sahel_fb_number( $n, $group = true ) {
	if ( is_string( $n ) ) {
		return $n;
	}
	if ( is_int( $n ) ) {
		return $group ? number_format( $n ) : (string) $n;
	}
	if ( ! $group ) {
		return (string) $n;
	}
	$s = number_format( (float) $n, 3, '.', ',' );
	return false !== strpos( $s, '.' ) ? rtrim( rtrim( $s, '0' ), '.' ) : $s;
}

/** Story text in a span (or `$tag`) that carries the story's language. */
function sahel_fb_text( $c, $v, $tag = 'span', $extra = '' ) {
	return '<' . $tag . $c['lang'] . $extra . '>' . sahel_fb_e( $v ) . '</' . $tag . '>';
}

/** JavaScript's `s.slice(start, end)`: offsets in UTF-16 code units (those of the widget), without mbstring. */
function sahel_fb_slice16( $s, $start, $end ) {
	$s = sahel_fb_str( $s );
	if ( ! preg_match_all( '/./su', $s, $m ) ) {
		return '';
	}
	$units = array();
	foreach ( $m[0] as $ch ) {
		$units[] = $ch;
		if ( strlen( $ch ) === 4 ) { // outside the BMP: two UTF-16 units (a lone half of it is dropped)
			$units[] = '';
		}
	}
	$n     = count( $units );
	$clamp = function ( $i, $default ) use ( $n ) {
		if ( ! is_int( $i ) && ! is_float( $i ) ) {
			return $default;
		}
		$i = (int) $i;
		return $i < 0 ? max( 0, $n + $i ) : min( $i, $n );
	};
	$a = $clamp( $start, 0 );
	$b = $clamp( $end, $n );
	return $a < $b ? implode( '', array_slice( $units, $a, $b - $a ) ) : '';
}

/** For words that only screen readers need (inline, since the fallback has no stylesheet). */
const SAHEL_FB_VISUALLY_HIDDEN = 'position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
const SAHEL_FB_MUTED           = 'color:light-dark(#585858,#bdbdbd)';

// ---------------------------------------------------------------- fuzzy dates (src/story/fuzzy-date.ts, English)

const SAHEL_FB_MONTHS       = array( 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December' );
const SAHEL_FB_SHORT_MONTHS = array( 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' );
const SAHEL_FB_SEASONS      = array( 'spring', 'summer', 'autumn', 'winter' );

/**
 * An ISO day (`2024-04-13`; also `2024-04` and `2024`, as JavaScript's `Date` reads them) as
 * array( year, month, day ), with JavaScript's roll-over of a day past the month's end; null if invalid.
 */
function sahel_fb_day( $iso ) {
	if ( ! is_string( $iso ) || ! preg_match( '/^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/', trim( $iso ), $m ) ) {
		return null;
	}
	$y = (int) $m[1];
	$mo = isset( $m[2] ) ? (int) $m[2] : 1;
	$d = isset( $m[3] ) ? (int) $m[3] : 1;
	if ( $mo < 1 || $mo > 12 || $d < 1 || $d > 31 ) {
		return null;
	}
	$dim = sahel_fb_days_in_month( $y, $mo );
	if ( $d > $dim ) {
		$d -= $dim;
		++$mo;
		if ( $mo > 12 ) {
			$mo = 1;
			++$y;
		}
	}
	return array( $y, $mo, $d );
}

function sahel_fb_days_in_month( $y, $m ) {
	return 2 === $m ? ( ( 0 === $y % 4 && 0 !== $y % 100 ) || 0 === $y % 400 ? 29 : 28 ) : ( in_array( $m, array( 4, 6, 9, 11 ), true ) ? 30 : 31 );
}

/** Days since 1970-01-01 (proleptic Gregorian). */
function sahel_fb_day_number( $y, $m, $d ) {
	$y  -= $m <= 2 ? 1 : 0;
	$era = intdiv( $y >= 0 ? $y : $y - 399, 400 );
	$yoe = $y - $era * 400;
	$doy = intdiv( 153 * ( $m + ( $m > 2 ? -3 : 9 ) ) + 2, 5 ) + $d - 1;
	$doe = $yoe * 365 + intdiv( $yoe, 4 ) - intdiv( $yoe, 100 ) + $doy;
	return $era * 146097 + $doe - 719468;
}

/** A day as Intl's English `{ day, month: short|long, year }` writes it: "Apr 13, 2024", "April 13, 2024". */
function sahel_fb_day_label( $p, $long ) {
	return ( $long ? SAHEL_FB_MONTHS : SAHEL_FB_SHORT_MONTHS )[ $p[1] - 1 ] . ' ' . $p[2] . ', ' . $p[0];
}

/** An interval as Intl's English `formatRange` writes it, closed up between numbers ("Mar 12–14, 2024"), or in words when long. */
function sahel_fb_date_range( $a, $b, $precision, $long ) {
	$dash = " \u{2013} "; // the browsers' range separator (an en dash between plain spaces; Node's ICU writes thin spaces)
	if ( 'year' === $precision ) {
		return $a[0] === $b[0] ? (string) $a[0] : $a[0] . ( $long ? ' to ' : "\u{2013}" ) . $b[0];
	}
	$sep = $long ? ' to ' : $dash;
	if ( 'month' === $precision ) {
		if ( $a[0] === $b[0] && $a[1] === $b[1] ) {
			return SAHEL_FB_MONTHS[ $a[1] - 1 ] . ' ' . $a[0];
		}
		return $a[0] === $b[0]
			? SAHEL_FB_MONTHS[ $a[1] - 1 ] . $sep . SAHEL_FB_MONTHS[ $b[1] - 1 ] . ' ' . $a[0]
			: SAHEL_FB_MONTHS[ $a[1] - 1 ] . ' ' . $a[0] . $sep . SAHEL_FB_MONTHS[ $b[1] - 1 ] . ' ' . $b[0];
	}
	$month = function ( $p ) use ( $long ) {
		return ( $long ? SAHEL_FB_MONTHS : SAHEL_FB_SHORT_MONTHS )[ $p[1] - 1 ];
	};
	if ( $a === $b ) {
		return sahel_fb_day_label( $a, $long );
	}
	if ( $a[0] !== $b[0] ) {
		return sahel_fb_day_label( $a, $long ) . $sep . sahel_fb_day_label( $b, $long );
	}
	if ( $a[1] !== $b[1] ) {
		return $month( $a ) . ' ' . $a[2] . $sep . $month( $b ) . ' ' . $b[2] . ', ' . $a[0];
	}
	return $month( $a ) . ' ' . $a[2] . ( $long ? ' to ' : "\u{2013}" ) . $b[2] . ', ' . $a[0];
}

function sahel_fb_upper_first( $s ) {
	return '' === $s ? $s : strtoupper( $s[0] ) . substr( $s, 1 );
}

function sahel_fb_lower_first( $s ) {
	return '' === $s ? $s : strtolower( $s[0] ) . substr( $s, 1 );
}

/** "1980s", "Late 1980s", "1990s–2000s": a decade or its early, mid or late part. */
function sahel_fb_decade_label( $y0, $y1, $long ) {
	$d0   = $y0 - ( $y0 % 10 );
	$d1   = $y1 - ( $y1 % 10 );
	$name = function ( $d, $part = null ) {
		return 'mid' === $part ? "mid-{$d}s" : ( $part ? "$part {$d}s" : "{$d}s" );
	};
	if ( $d0 !== $d1 ) {
		return $name( $d0 ) . ( $long ? ' to ' : "\u{2013}" ) . $name( $d1 );
	}
	$part = 0 === $y0 % 10 && 9 === $y1 % 10 ? null : ( $y0 % 10 < 4 ? 'early' : ( $y0 % 10 < 7 ? 'mid' : 'late' ) );
	return $name( $d0, $part );
}

/** One EDTF date (`2019`, `2025-03`, `2025-22`, `2024-04-09`, `199X`, maybe with `~?%`) as a fuzzy date to label. */
function sahel_fb_point( $edtf, $basis ) {
	if ( ! preg_match( '/^(\d{3})(\d|X)(?:-(\d\d))?(?:-(\d\d))?[~?%]?$/', $edtf, $m ) ) {
		return null;
	}
	$y  = $m[1] . $m[2];
	$at = function ( $start, $end, $precision ) use ( $edtf, $basis ) {
		return array( 'edtf' => $edtf, 'start' => $start, 'end' => $end, 'precision' => $precision, 'basis' => $basis );
	};
	$mo = $m[3] ?? '';
	if ( 'X' === $m[2] ) {
		return '' !== $mo ? null : $at( $m[1] . '0-01-01', $m[1] . '9-12-31', 'decade' );
	}
	if ( '' !== ( $m[4] ?? '' ) ) {
		return $at( "$y-$mo-{$m[4]}", "$y-$mo-{$m[4]}", 'day' );
	}
	if ( '' === $mo ) {
		return $at( "$y-01-01", "$y-12-31", 'year' );
	}
	$n = (int) $mo;
	if ( $n <= 12 ) {
		return $at( "$y-$mo-01", "$y-$mo-01", 'month' );
	}
	$first = str_pad( (string) ( ( $n - 20 ) * 3 ), 2, '0', STR_PAD_LEFT );
	return $at( "$y-$first-01", str_pad( (string) ( (int) $y + ( 24 === $n ? 1 : 0 ) ), 4, '0', STR_PAD_LEFT ) . '-01-01', 'season' );
}

/** "Since 2019", "By the end of 2030", "Until March 2026", "Since summer 2025". */
function sahel_fb_open_label( $date, $long ) {
	$edtf  = sahel_fb_str( $date['edtf'] ?? '' );
	$point = sahel_fb_point( preg_replace( '/^\[\.\.(.*)\]$|^\.\.\/(.*)$|^(.*)\/\.\.$/', '$1$2$3', $edtf ), $date['basis'] ?? null );
	if ( ! $point ) {
		return $edtf;
	}
	$inner = sahel_fb_date( $point, $long );
	if ( in_array( $point['precision'], array( 'season', 'week', 'decade' ), true ) ) {
		$inner = sahel_fb_lower_first( $inner );
	}
	$decade = 'decade' === $point['precision'];
	if ( 'end' === $date['open'] ) {
		$text = 'since ' . ( $decade ? 'the ' : '' ) . $inner;
	} elseif ( '[' === ( $edtf[0] ?? '' ) ) {
		$text = 'year' === $point['precision'] ? "by the end of $inner" : 'by ' . ( $decade ? 'the end of the ' : '' ) . $inner;
	} else {
		$text = 'until ' . ( $decade ? 'the end of the ' : '' ) . $inner;
	}
	return sahel_fb_upper_first( $text );
}

/**
 * A fuzzy date's label as `formatFuzzyDate(date, 'en', style)` writes it: short "Apr 13, 2024", "Summer 2023",
 * "c. 2018", "Mar 12–14, 2024"; long "April 13, 2024", "around 2018", "March 12 to 14, 2024". An unreadable
 * date gives its EDTF string.
 */
function sahel_fb_date( $date, $long = false ) {
	$date      = is_array( $date ) ? $date : array();
	$edtf      = sahel_fb_str( $date['edtf'] ?? '' );
	$precision = $date['precision'] ?? '';
	$open      = $date['open'] ?? '';
	if ( 'start' === $open || 'end' === $open ) {
		return sahel_fb_open_label( $date, $long );
	}
	$a     = sahel_fb_day( $date['start'] ?? '' );
	$b     = sahel_fb_day( $date['end'] ?? '' );
	$kind  = $precision;
	$title = false;
	$range = ( 'day' === $precision && ( $date['start'] ?? '' ) !== ( $date['end'] ?? '' ) ) || ( false !== strpos( $edtf, '/' ) && 'week' !== $precision && 'season' !== $precision );
	if ( ! $a || ( ! $b && ( $range || 'decade' === $precision || 'season' === $precision ) ) ) {
		return $edtf;
	}
	if ( 'decade' === $precision ) {
		$label = sahel_fb_decade_label( $a[0], $b[0], $long );
		$title = true;
	} elseif ( $range ) {
		$kind  = 'range';
		$label = sahel_fb_date_range( $a, $b, $precision, $long );
	} elseif ( 'year' === $precision ) {
		$label = (string) $a[0];
	} elseif ( 'month' === $precision ) {
		$label = SAHEL_FB_MONTHS[ $a[1] - 1 ] . ' ' . $a[0];
	} elseif ( 'season' === $precision ) {
		$years = $a[0] === $b[0] ? (string) $a[0] : $a[0] . "\u{2013}" . $b[0];
		$code  = preg_match( '/^-?\d{4}-(\d\d)/', $edtf, $m ) ? (int) $m[1] : 0;
		$month = (int) substr( sahel_fb_str( $date['start'] ?? '' ), 5, 2 );
		$label = SAHEL_FB_SEASONS[ $code >= 21 && $code <= 32 ? ( $code - 21 ) % 4 : intdiv( ( $month + 9 ) % 12, 3 ) ] . ' ' . $years;
		$title = true;
	} else {
		$label = sahel_fb_day_label( $a, $long );
		if ( 'week' === $precision ) {
			$label = "week of $label";
			$title = true;
		}
	}
	$approx    = sahel_fb_truthy( $date['approximate'] ?? null ) || preg_match( '/[~%]/', $edtf );
	$uncertain = sahel_fb_truthy( $date['uncertain'] ?? null ) || preg_match( '/[?%]/', $edtf );
	if ( $approx || ( $uncertain && $long ) ) {
		$label = 'week' === $kind ? "the $label" : $label;
	} elseif ( $title ) {
		$label = sahel_fb_upper_first( $label );
	}
	if ( $approx ) {
		$label = $long ? "around $label" : "c. $label";
	}
	if ( $uncertain ) {
		$label = $long ? "possibly $label" : "$label?";
	}
	return $label;
}

/** The value for `<time datetime>` (fuzzyDateTimeAttr): a day, an ISO week, a month or a year, never more precise than the date. */
function sahel_fb_datetime( $date ) {
	$start     = sahel_fb_str( $date['start'] ?? '' );
	$end       = sahel_fb_str( $date['end'] ?? '' );
	$precision = $date['precision'] ?? '';
	$open      = $date['open'] ?? '';
	if ( 'start' === $open || 'end' === $open ) {
		$side = 'start' === $open ? $end : $start;
		return 'day' === $precision ? $side : ( 'month' === $precision ? substr( $side, 0, 7 ) : substr( $side, 0, 4 ) );
	}
	if ( 'decade' === $precision ) {
		return substr( $start, 0, 4 );
	}
	$range = ( 'day' === $precision && $start !== $end ) || ( false !== strpos( sahel_fb_str( $date['edtf'] ?? '' ), '/' ) && 'week' !== $precision && 'season' !== $precision );
	if ( 'season' === $precision || $range ) {
		return substr( $start, 0, 7 ) === substr( $end, 0, 7 ) ? substr( $start, 0, 7 ) : substr( $start, 0, 4 );
	}
	if ( 'day' === $precision ) {
		return $start;
	}
	if ( 'month' === $precision ) {
		return substr( $start, 0, 7 );
	}
	if ( 'year' === $precision ) {
		return substr( $start, 0, 4 );
	}
	// ISO week: the week (Monday first) whose Thursday falls in the week-year
	$p = sahel_fb_day( $start );
	if ( ! $p ) {
		return 'NaN-WNaN';
	}
	$n        = sahel_fb_day_number( $p[0], $p[1], $p[2] );
	$weekday  = ( ( $n % 7 ) + 10 ) % 7; // Monday 0 (1970-01-01 was a Thursday)
	$thursday = $n + 3 - $weekday;
	$year     = $p[0] + ( $thursday < sahel_fb_day_number( $p[0], 1, 1 ) ? -1 : ( $thursday >= sahel_fb_day_number( $p[0] + 1, 1, 1 ) ? 1 : 0 ) );
	$week     = intdiv( $thursday - sahel_fb_day_number( $year, 1, 1 ), 7 ) + 1;
	return $year . '-W' . str_pad( (string) $week, 2, '0', STR_PAD_LEFT );
}

/** A label inside a sentence (fuzzyDateInSentence): the capital that only starts a line taken off, a month's kept. */
function sahel_fb_date_in_sentence( $date, $long = false ) {
	$label = sahel_fb_date( $date, $long );
	if ( ! preg_match( '/^\p{Lu}\p{L}*/u', $label, $m ) ) {
		return $label;
	}
	$names = array_map( 'strtolower', array_merge( SAHEL_FB_MONTHS, SAHEL_FB_SHORT_MONTHS ) );
	return in_array( strtolower( $m[0] ), $names, true ) ? $label : sahel_fb_lower_first( $label );
}

/** The date that bounds a range (fuzzyDateBound): itself, or the year of an open span's closed side. */
function sahel_fb_date_bound( $date ) {
	$open = $date['open'] ?? '';
	if ( ! sahel_fb_truthy( $open ) ) {
		return $date;
	}
	$year = substr( sahel_fb_str( 'start' === $open ? ( $date['end'] ?? '' ) : ( $date['start'] ?? '' ) ), 0, 4 );
	return array( 'edtf' => $year, 'start' => "$year-01-01", 'end' => "$year-12-31", 'precision' => 'year', 'basis' => $date['basis'] ?? null );
}

/** The publication day as a fuzzy date. */
function sahel_fb_published_day( $published ) {
	return array( 'edtf' => $published, 'start' => $published, 'end' => $published, 'precision' => 'day', 'basis' => 'article' );
}

// ---------------------------------------------------------------- shared (src/builder/html/common.ts)

function sahel_fb_actor( $story, $id ) {
	foreach ( $story['actors'] as $a ) {
		if ( is_array( $a ) && ( $a['id'] ?? null ) === $id ) {
			return $a;
		}
	}
	return null;
}

/** `url` if it is an absolute http: or https: URL, else ''. */
function sahel_fb_http_url( $url ) {
	$url   = sahel_fb_str( $url );
	$parts = '' !== $url ? parse_url( $url ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- no WordPress needed
	return is_array( $parts ) && ! empty( $parts['host'] ) && preg_match( '#^https?:#i', $url ) ? $url : '';
}

function sahel_fb_not_found( $kind, $id ) {
	return '<p role="note">' . sahel_fb_e( "No $kind “" . sahel_fb_str( $id ) . '” in this story' ) . '</p>';
}

/** "Source: <headline>, <publisher>, <time>November 14, 2025</time>." */
function sahel_fb_source( $c ) {
	$a         = $c['story']['article'];
	$url       = sahel_fb_http_url( $a['url'] ?? '' );
	$headline  = $url ? '<a href="' . esc_url( $url, array( 'http', 'https' ) ) . '"' . $c['lang'] . '>' . sahel_fb_e( $a['headline'] ?? '' ) . '</a>' : sahel_fb_text( $c, $a['headline'] ?? '', 'cite' );
	$publisher = sahel_fb_truthy( $a['publisher'] ?? null ) ? ', ' . sahel_fb_text( $c, $a['publisher'] ) : '';
	$published = sahel_fb_str( $a['published'] ?? '' );
	return 'Source: ' . $headline . $publisher . ', <time datetime="' . sahel_fb_a( $published ) . '">' . sahel_fb_e( sahel_fb_date( sahel_fb_published_day( $published ), true ) ) . '</time>.';
}

const SAHEL_FB_CHIP = 'display:inline-flex;align-items:baseline;gap:0.3em;padding:0 0.45em;border:1px solid color-mix(in srgb,currentColor 35%,transparent);border-radius:1em;background:color-mix(in srgb,currentColor 7%,transparent);line-height:1.25';

/**
 * An actor as `<actor-badge>`'s chip draws it: kind icon (an empty box as large) or country code, name,
 * "Unnamed"; as wide and as tall, so the line wraps as it will. The role is for screen readers and crawlers.
 */
function sahel_fb_chip( $c, $actor ) {
	$mark    = 'country' === ( $actor['kind'] ?? '' ) && sahel_fb_truthy( $actor['country'] ?? null )
		? '<span aria-hidden="true" style="flex:none;align-self:center;padding:0 0.2em;border:1px solid;border-radius:2px;font-size:0.68em;font-weight:700;line-height:1.3">' . sahel_fb_e( $actor['country'] ) . '</span>'
		: '<span aria-hidden="true" style="flex:none;align-self:center;box-sizing:border-box;inline-size:0.9em;block-size:0.9em;border:1.5px solid currentColor;border-radius:50%"></span>';
	$unnamed = sahel_fb_truthy( $actor['anonymous'] ?? null ) ? '<span style="font-size:0.75em;font-style:italic;' . SAHEL_FB_MUTED . '">Unnamed</span>' : '';
	$role    = sahel_fb_truthy( $actor['role'] ?? null ) ? '<span style="' . SAHEL_FB_VISUALLY_HIDDEN . '">, ' . sahel_fb_text( $c, $actor['role'] ) . '</span>' : '';
	return '<span style="' . SAHEL_FB_CHIP . '">' . $mark . sahel_fb_text( $c, $actor['name'] ?? '' ) . $unnamed . $role . '</span>';
}

/** The text of a paragraph of the article between UTF-16 offsets (an anonymity reason, a condition), or ''. */
function sahel_fb_article_words( $c, $span ) {
	if ( ! is_array( $span ) ) {
		return '';
	}
	foreach ( (array) ( $c['story']['article']['paragraphs'] ?? array() ) as $p ) {
		if ( is_array( $p ) && ( $p['id'] ?? null ) === ( $span['paragraph'] ?? null ) ) {
			return sahel_fb_slice16( $p['text'] ?? '', $span['start'] ?? null, $span['end'] ?? null );
		}
	}
	return '';
}

// ---------------------------------------------------------------- timeline (src/builder/html/timeline.ts)

const SAHEL_FB_NOT_YET = array( 'planned', 'expected', 'threatened', 'conditional' );
const SAHEL_FB_COUNTED = array( 'ongoing', 'planned', 'expected', 'threatened', 'conditional' );
const SAHEL_FB_STATUS  = array( 'past' => '', 'ongoing' => 'Ongoing', 'planned' => 'Planned', 'expected' => 'Expected', 'threatened' => 'Threatened', 'conditional' => 'Conditional' );
/** How far past the breakpoint `100%` is, times enough to saturate a clamp (the widget's `min-width: 45rem`). */
const SAHEL_FB_PAST = '(100% - 45rem + 0.01px) * 9999';
const SAHEL_FB_MARK = 'display:inline-block;margin-inline-start:0.5rem;padding-inline:0.4em;border:1px solid currentColor;border-radius:1em;font-size:0.75em;font-weight:600;letter-spacing:0.02em;line-height:1.5;vertical-align:0.1em';

/** A length that is `$v` when vertical and `$h` when horizontal, where `$v` ≤ `$h`; `100%` is the width tested. */
function sahel_fb_up( $m, $v, $h ) {
	return 'v' === $m ? $v : ( 'h' === $m ? $h : 'clamp(' . $v . ', ' . $v . ' + ' . SAHEL_FB_PAST . ', ' . $h . ')' );
}

/** The same where `$v` ≥ `$h`. */
function sahel_fb_down( $m, $v, $h ) {
	return 'v' === $m ? $v : ( 'h' === $m ? $h : 'clamp(' . $h . ', ' . $v . ' - ' . SAHEL_FB_PAST . ', ' . $v . ')' );
}

function sahel_fb_is_approx( $w ) {
	return sahel_fb_truthy( $w['approximate'] ?? null ) || sahel_fb_truthy( $w['uncertain'] ?? null ) || preg_match( '/[~?%]/', sahel_fb_str( $w['edtf'] ?? '' ) );
}

function sahel_fb_status( $e ) {
	return is_string( $e['status'] ?? null ) ? $e['status'] : 'past';
}

/** The events the widget shows for its `actor`, `from` and `to`, in its order (by start, then end; stable). */
function sahel_fb_shown_events( $story, $attrs ) {
	$events = array_values( array_filter( (array) $story['events'], 'is_array' ) );
	$order  = array_keys( $events );
	// equal dates keep the story's order (usort is stable only from PHP 8.0 on)
	usort(
		$order,
		function ( $x, $y ) use ( $events ) {
			return strcmp( $events[ $x ]['when']['start'], $events[ $y ]['when']['start'] ) ?: ( strcmp( $events[ $x ]['when']['end'], $events[ $y ]['when']['end'] ) ?: $x - $y );
		}
	);
	$events = array_map( function ( $i ) use ( $events ) { return $events[ $i ]; }, $order );
	$actors = preg_split( '/[\s,]+/', sahel_fb_str( $attrs['actor'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY );
	$from   = sahel_fb_str( $attrs['from'] ?? '' );
	$to     = sahel_fb_str( $attrs['to'] ?? '' );
	$out    = array();
	foreach ( $events as $e ) {
		$mine = ! $actors || array_intersect( $actors, array_filter( (array) ( $e['actors'] ?? array() ), 'is_string' ) );
		if ( $mine && ( '' === $from || strcmp( $e['when']['end'], $from ) >= 0 ) && ( '' === $to || strcmp( substr( $e['when']['start'], 0, strlen( $to ) ), $to ) <= 0 ) ) {
			$out[] = $e;
		}
	}
	return $out;
}

/** The overview line, as `overview()` in timeline-marks.ts words it (the English `timelineOverview`). */
function sahel_fb_overview( $events ) {
	$last = $events[0];
	foreach ( $events as $e ) {
		if ( strcmp( $e['when']['end'], $last['when']['end'] ) > 0 ) {
			$last = $e;
		}
	}
	$first  = sahel_fb_date_in_sentence( sahel_fb_date_bound( $events[0]['when'] ) );
	$end    = sahel_fb_date_in_sentence( sahel_fb_date_bound( $last['when'] ) );
	$n      = count( $events );
	$approx = count( array_filter( $events, function ( $e ) { return sahel_fb_is_approx( $e['when'] ); } ) );
	$counts = array();
	foreach ( SAHEL_FB_COUNTED as $s ) {
		$k = count( array_filter( $events, function ( $e ) use ( $s ) { return sahel_fb_status( $e ) === $s; } ) );
		if ( $k ) {
			$counts[] = sahel_fb_number( $k ) . ' ' . $s;
		}
	}
	return ( 1 === $n ? '1 event' : sahel_fb_number( $n ) . ' events' ) . ', ' . ( $first === $end ? $first : "from $first to $end" )
		. ( $counts ? '; ' . implode( ', ', $counts ) : '' )
		. ( $approx ? '; ' . ( 1 === $approx ? '1 with an approximate date' : sahel_fb_number( $approx ) . ' with approximate dates' ) : '' );
}

function sahel_fb_marks( $c, $e ) {
	$status    = sahel_fb_status( $e );
	$mark      = sahel_fb_truthy( $e['status'] ?? null ) && 'past' !== $status
		? '<span style="' . SAHEL_FB_MARK . ( in_array( $status, SAHEL_FB_NOT_YET, true ) ? ';border-style:dashed' : '' ) . '">' . sahel_fb_e( SAHEL_FB_STATUS[ $status ] ?? '' ) . '</span>'
		: '';
	$corrected = false;
	foreach ( (array) ( $c['story']['corrections'] ?? array() ) as $x ) {
		foreach ( (array) ( $x['items'] ?? array() ) as $i ) {
			$corrected = $corrected || ( 'event' === ( $i['kind'] ?? '' ) && ( $i['id'] ?? null ) === $e['id'] );
		}
	}
	return $mark . ( $corrected ? ' <span style="' . SAHEL_FB_MARK . ';' . SAHEL_FB_MUTED . '">Corrected</span>' : '' );
}

/** What a correction concerns, in words (as the widget's list of corrections gives it). */
function sahel_fb_item_name( $c, $item ) {
	$s     = $c['story'];
	$kind  = $item['kind'] ?? '';
	$id    = $item['id'] ?? '';
	$find  = function ( $list, $field ) use ( $s, $id ) {
		foreach ( (array) ( $s[ $list ] ?? array() ) as $x ) {
			if ( is_array( $x ) && ( $x['id'] ?? null ) === $id ) {
				return $x[ $field ] ?? null;
			}
		}
		return null;
	};
	$lists = array( 'event' => array( 'events', 'title' ), 'actor' => array( 'actors', 'name' ), 'place' => array( 'places', 'name' ), 'figure' => array( 'figures', 'label' ) );
	if ( isset( $lists[ $kind ] ) ) {
		return sahel_fb_str( $find( $lists[ $kind ][0], $lists[ $kind ][1] ) ?? $id );
	}
	$quote = sahel_fb_str( $find( 'quotes', 'text' ) ?? $id );
	// JavaScript's \s: ASCII white space and Unicode's space separators, line and paragraph separators, BOM
	$words = preg_split( '/[\s\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]+/u', $quote );
	return '“' . ( count( $words ) > 8 ? implode( ' ', array_slice( $words, 0, 8 ) ) . '…' : $quote ) . '”';
}

function sahel_fb_corrections( $c ) {
	$list = array_filter( (array) ( $c['story']['corrections'] ?? array() ), 'is_array' );
	if ( ! $list ) {
		return '';
	}
	$note  = '<span style="font-size:0.875em;' . SAHEL_FB_MUTED . '">';
	$items = '';
	foreach ( $list as $x ) {
		$says     = sahel_fb_truthy( $x['says'] ?? null ) ? ' ' . $note . 'The article now says:</span> ' . sahel_fb_text( $c, $x['says'] ) : '';
		$concerns = array_filter( (array) ( $x['items'] ?? array() ), 'is_array' );
		$names    = array_map( function ( $it ) use ( $c ) { return sahel_fb_item_name( $c, $it ); }, $concerns );
		$items   .= '<li style="margin-block-end:0.5rem"><p role="note" style="margin:0.25rem 0 0;padding-inline-start:0.5rem;border-inline-start:3px double light-dark(#585858,#bdbdbd)">' . $note . 'Correction:</span> ' . sahel_fb_text( $c, $x['text'] ?? '' ) . $says . '</p>'
			. ( $concerns ? '<p style="margin:0.25rem 0 0;padding-inline-start:calc(0.5rem + 3px);font-size:0.875em;' . SAHEL_FB_MUTED . '"><span>Concerns:</span> ' . sahel_fb_text( $c, implode( ', ', $names ) ) . '</p>' : '' ) . '</li>';
	}
	return '<section style="margin-block-start:1rem;padding-block-start:0.5rem;border-block-start:1px solid light-dark(#767676,#8e8e93)"><p style="margin:0;font-weight:700">Corrections</p><ul style="margin:0;padding:0;list-style:none">' . $items . '</ul></section>';
}

/**
 * `<sahel-timeline>`'s fallback: the collapsed first view with the shadow DOM's boxes (host padding, overview
 * line, year labels, event rows, descriptions, publication row, corrections) and sizes, so the upgrade keeps
 * the height. `layout="auto"` switches at the widget's 45rem by `clamp()`s on percentages (see timeline.ts).
 */
function sahel_fb_timeline( $c ) {
	$events = sahel_fb_shown_events( $c['story'], $c['attrs'] );
	if ( ! $events ) {
		return '<p role="note">No events</p>';
	}
	$attrs   = $c['attrs'];
	$layout  = $attrs['layout'] ?? '';
	$m       = 'horizontal' === $layout ? 'h' : ( 'auto' === $layout ? 'auto' : 'v' );
	$compact = array_key_exists( 'compact', $attrs ) && 'false' !== $attrs['compact'];
	$lh      = $compact ? '1.3' : '1.45';
	// `${1.125 * lh}em` as JavaScript writes the product
	$year_line = $compact ? '1.4625000000000001em' : '1.6312499999999999em';
	$published = sahel_fb_str( $c['story']['article']['published'] ?? '' );
	$from      = sahel_fb_str( $attrs['from'] ?? '' );
	$to        = sahel_fb_str( $attrs['to'] ?? '' );
	// the publication day's row, where the widget puts it (withPublication in timeline-marks.ts)
	$at = -1;
	if ( '' !== $published && ! ( '' !== $from && strcmp( $published, $from ) < 0 ) && ! ( '' !== $to && strcmp( substr( $published, 0, strlen( $to ) ), $to ) > 0 ) ) {
		$at = count( $events );
		foreach ( $events as $i => $e ) {
			$cmp = strcmp( $e['when']['start'], $published );
			if ( $cmp > 0 || ( 0 === $cmp && in_array( sahel_fb_status( $e ), SAHEL_FB_NOT_YET, true ) ) ) {
				$at = $i;
				break;
			}
		}
	}
	$rows = $events;
	if ( $at >= 0 ) {
		array_splice( $rows, $at, 0, array( null ) );
	}
	$n          = count( $rows );
	$list_width = 'v' === $m ? '' : ';inline-size:' . ( 'h' === $m ? 'max(100%, ' . ( $n + 1 ) . ' * 16rem)' : 'clamp(100%, ' . SAHEL_FB_PAST . ', ' . ( $n + 1 ) . ' * 16rem)' );
	$year       = '';
	$items      = '';
	foreach ( $rows as $i => $e ) {
		$y = (int) substr( $e ? $e['when']['start'] : $published, 0, 4 );
		if ( $e && 'decade' === ( $e['when']['precision'] ?? '' ) ) {
			$y     = 'd' . ( $y - ( $y % 10 ) );
			$label = substr( $y, 1 ) . 's';
		} else {
			$y     = (string) $y;
			$label = $y;
		}
		$head     = $y !== $year;
		$year     = $y;
		$year_box = $head ? '<span aria-hidden="true" style="display:block;margin-block-end:0.25rem;font-weight:700;font-size:1.125em">' . sahel_fb_e( sahel_fb_upper_first( $label ) ) . '</span>' : '';
		$top      = $head ? sahel_fb_up( $m, $i ? '0.5rem' : '0px', $e ? '1.75rem' : '0.75rem' ) : sahel_fb_up( $m, '0px', 'calc(' . ( $e ? '2rem' : '1rem' ) . ' + ' . $year_line . ')' );
		$li       = 'display:inline-block;vertical-align:top;box-sizing:border-box;line-height:' . $lh . ';padding-inline:' . sahel_fb_down( $m, '1.5rem', '0px' ) . ' ' . sahel_fb_up( $m, '0px', '0.5rem' ) . ';padding-block-start:' . $top;
		if ( ! $e ) {
			$items .= '<li style="' . $li . ';padding-block-end:' . sahel_fb_down( $m, '0.5rem', '0px' ) . ';min-inline-size:' . sahel_fb_down( $m, '100%', '0px' ) . '">' . $year_box
				. '<p style="margin:0;padding-block-start:0.25rem"><span style="display:inline-block;padding-inline:0.5rem;border-block:2px solid currentColor;font-size:0.875em;font-weight:700">' . sahel_fb_e( 'Published ' . sahel_fb_date( sahel_fb_published_day( $published ) ) ) . '</span></p></li>';
			continue;
		}
		$w         = $e['when'];
		$not_yet   = in_array( sahel_fb_status( $e ), SAHEL_FB_NOT_YET, true );
		$ext       = 'external' === ( $w['basis'] ?? '' ) ? '<span aria-hidden="true" style="margin-inline-start:0.15em;font-weight:700">†</span> <span style="' . SAHEL_FB_VISUALLY_HIDDEN . '">(date from outside the article)</span>' : '';
		$title     = sahel_fb_text( $c, $e['title'], 'strong', ' style="display:' . ( $compact ? 'inline' : 'block' ) . ';font-weight:600' . ( $compact ? ';margin-inline-start:0.25rem' : '' ) . '"' );
		$ev        = '<p style="margin:0;padding:0.25rem;padding-inline-end:1.75em"><time datetime="' . sahel_fb_a( sahel_fb_datetime( $w ) ) . '" title="' . sahel_fb_a( sahel_fb_date( $w, true ) ) . '" style="font-size:0.875em;' . SAHEL_FB_MUTED . ';font-variant-numeric:tabular-nums' . ( $not_yet ? ';font-style:italic' : '' ) . '">' . sahel_fb_e( sahel_fb_date( $w ) ) . '</time>' . $ext . ' <span>' . sahel_fb_marks( $c, $e ) . '</span> ' . $title . '</p>';
		$para      = 'margin:0;padding:0 0.25rem 0.25rem';
		$desc      = sahel_fb_truthy( $e['summary'] ?? null ) && ! $compact ? sahel_fb_text( $c, $e['summary'], 'p', ' style="' . $para . '"' ) : '';
		$cw        = sahel_fb_truthy( $e['condition'] ?? null ) && ! $compact ? sahel_fb_article_words( $c, $e['condition'] ) : '';
		$condition = '' !== $cw ? '<p style="' . $para . '"><span style="font-size:0.875em;' . SAHEL_FB_MUTED . '">Condition:</span> ' . sahel_fb_text( $c, $cw, 'q' ) . '</p>' : '';
		$bottom    = $compact ? sahel_fb_up( $m, '0px', '0.25rem' ) : sahel_fb_down( $m, '0.5rem', '0.25rem' );
		$items    .= '<li style="' . $li . ';padding-block-end:' . $bottom . ';inline-size:' . sahel_fb_down( $m, '100%', '16rem' ) . '">' . $year_box . $ev . $desc . $condition . '</li>';
	}
	$keys = 'v' === $m ? '' : '<div aria-hidden="true" style="font-size:0.875em;margin-block:' . sahel_fb_down( $m, '0px', '-0.25rem' ) . ' ' . sahel_fb_up( $m, '0px', '0.25rem' ) . ';padding-block-start:' . sahel_fb_up( $m, '0px', $lh . 'em' ) . '"></div>';
	$host = 'display:block;padding:0.5rem;background:light-dark(#fff,#1d1d1f);color:light-dark(#1b1b1b,#ededed);line-height:' . $lh . ';overflow-wrap:anywhere' . ( $compact ? ';font-size:0.9375em' : '' );
	return '<section aria-label="Timeline" style="' . $host . '">'
		. '<p style="margin:0 0 0.5rem;font-size:0.875em;' . SAHEL_FB_MUTED . '">' . sahel_fb_e( sahel_fb_overview( $events ) ) . '</p>' . $keys
		. '<div style="position:relative;overflow-x:auto;padding-block-end:' . sahel_fb_up( $m, '0px', '0.5rem' ) . '"><ol style="margin:0;padding:0;list-style:none;line-height:0' . $list_width . '">' . $items . '</ol></div>'
		. sahel_fb_corrections( $c ) . '</section>';
}

// ---------------------------------------------------------------- quote (src/builder/html/index.ts)

const SAHEL_FB_CARD_FIGURE    = 'padding:1rem;border:1px solid light-dark(#d4d4d4,#48484a);border-inline-start:4px solid light-dark(#9a3412,#fdba74);border-radius:0.375rem';
const SAHEL_FB_COMPACT_FIGURE = 'padding:0.25rem 0.5rem;border-inline-start:3px solid light-dark(#9a3412,#fdba74)';
const SAHEL_FB_PULL_FIGURE    = 'padding:1rem 0;border-block:3px solid light-dark(#9a3412,#fdba74);text-align:center';
const SAHEL_FB_MEDIUM         = array( 'spoken' => 'Spoken', 'sign' => 'Protest sign', 'broadcast' => 'Broadcast', 'statement' => 'Written statement' );
const SAHEL_FB_CHANNEL        = array( 'radio' => 'Broadcast on radio', 'television' => 'Broadcast on television', 'online' => 'Broadcast online' );

/** The first quote of `$story` for which `$test` holds, or null. */
function sahel_fb_find_quote( $story, $test ) {
	foreach ( (array) $story['quotes'] as $q ) {
		if ( is_array( $q ) && $test( $q ) ) {
			return $q;
		}
	}
	return null;
}

/** A text as JavaScript sees it: one entry per UTF-16 code unit ('' for the second half of a pair). */
function sahel_fb_units16( $s ) {
	$units = array();
	if ( preg_match_all( '/./su', sahel_fb_str( $s ), $m ) ) {
		foreach ( $m[0] as $ch ) {
			$units[] = $ch;
			if ( strlen( $ch ) === 4 ) {
				$units[] = '';
			}
		}
	}
	return $units;
}

/**
 * Where the sentence(s) holding UTF-16 offsets [start, end) begin and end: the builder's `sentenceBounds`
 * (Intl.Segmenter, i.e. ICU's sentence rules), here as those rules read for the breaks news prose has. After
 * `?`/`!` (and closing quotes, brackets, spaces) a sentence ends; after `.` too, unless a digit follows at
 * once ("3.5"), an upper-case letter follows at once after a letter ("U.S."), the next letter is lower-case
 * ("Dr. smith", "p.m. on"), or a comma, semicolon or colon follows. Trailing white space is not kept.
 */
function sahel_fb_sentence_bounds( $units, $start, $end ) {
	$n      = count( $units );
	$close  = '/^[\'"’”‘“»«)\]}›‹]$/u';
	$breaks = array( 0 );
	for ( $i = 0; $i < $n; $i++ ) {
		$ch = $units[ $i ];
		if ( '.' !== $ch && '?' !== $ch && '!' !== $ch ) {
			continue;
		}
		$j = $i + 1;
		while ( $j < $n && ( '.' === $units[ $j ] || '?' === $units[ $j ] || '!' === $units[ $j ] ) ) {
			$j++;
		}
		if ( '.' === $ch && $j === $i + 1 && $j < $n ) {
			$next = $units[ $j ];
			if ( preg_match( '/^\p{Nd}$/u', $next ) ) {
				continue;
			}
			if ( preg_match( '/^[\p{Lu}\p{Lt}]$/u', $next ) && $i > 0 && preg_match( '/^\p{L}$/u', $units[ $i - 1 ] ) ) {
				continue;
			}
		}
		while ( $j < $n && preg_match( $close, $units[ $j ] ) ) {
			$j++;
		}
		$k = $j;
		while ( $k < $n && preg_match( '/^[ \t\x{00a0}\x{202f}\x{2000}-\x{200a}]$/u', $units[ $k ] ) ) {
			$k++;
		}
		while ( $k < $n && preg_match( '/^[\r\n\x{2028}\x{2029}]$/u', $units[ $k ] ) ) {
			$k++;
		}
		$dots = true;
		for ( $x = $i; $x < $j && $dots; $x++ ) {
			$dots = '.' === $units[ $x ];
		}
		if ( $k < $n && preg_match( '/^[,;:\x{3001}\x{060c}]$/u', $units[ $k ] ) ) {
			continue;
		}
		if ( $dots ) {
			$l = $k;
			while ( $l < $n && ! preg_match( '/^[\p{L}\r\n\x{2029}.?!]$/u', $units[ $l ] ) ) {
				$l++;
			}
			if ( $l < $n && preg_match( '/^\p{Ll}$/u', $units[ $l ] ) ) {
				continue;
			}
		}
		if ( $k < $n ) {
			$breaks[] = $k;
		}
		$i = $k - 1;
	}
	$from = 0;
	$to   = $n;
	foreach ( $breaks as $b ) {
		if ( $b <= $start ) {
			$from = $b;
		} elseif ( $b >= $end ) {
			$to = $b;
			break;
		}
	}
	while ( $to > $end && preg_match( '/^\s$/u', $units[ $to - 1 ] ) ) {
		$to--;
	}
	return array( $from, $to );
}

/** A partial quote as the card shows it: the "Partial quote" label, then the reporter's sentence with the words marked. */
function sahel_fb_partial_words( $c, $quote ) {
	$src  = is_array( $quote['source'] ?? null ) ? $quote['source'] : array();
	$text = '';
	foreach ( (array) ( $c['story']['article']['paragraphs'] ?? array() ) as $p ) {
		if ( is_array( $p ) && ( $p['id'] ?? null ) === ( $src['paragraph'] ?? null ) ) {
			$text = $p['text'] ?? '';
			break;
		}
	}
	$units = sahel_fb_units16( $text );
	$n     = count( $units );
	$start = max( 0, min( $n, (int) ( $src['start'] ?? 0 ) ) );
	$end   = max( $start, min( $n, (int) ( $src['end'] ?? 0 ) ) );
	list( $a, $b ) = sahel_fb_sentence_bounds( $units, $start, $end );
	$part  = function ( $x, $y ) use ( $units ) {
		return sahel_fb_e( implode( '', array_slice( $units, $x, max( 0, $y - $x ) ) ) );
	};
	return '<span lang="en" style="display:block;inline-size:fit-content;margin-block-end:0.25rem;padding-inline:0.4em;border:1px dashed currentColor;border-radius:1em;' . SAHEL_FB_MUTED . ';font-size:0.75em;font-weight:600">Partial quote</span> '
		. $part( $a, $start ) . '<mark style="background:light-dark(#fff0b8,#4d3d00);color:inherit;text-decoration:underline 1px light-dark(#9a3412,#fdba74);text-underline-offset:0.2em">' . $part( $start, $end ) . '</mark>' . $part( $end, $b );
}

/**
 * One passage (a quote and the parts that continue it), laid out like `<quote-card>`'s card (padding,
 * borders, quote size, caption lines; the buttons row becomes the source line) so that the upgrade keeps its height.
 */
function sahel_fb_quote_passage( $c, $quote, $last = true ) {
	$variant = $c['attrs']['variant'] ?? '';
	$pull    = 'pull' === $variant;
	$compact = 'compact' === $variant;
	$parts   = array( $quote );
	$seen    = array( $quote['id'] => true );
	for ( $prev = $quote; ( $next = sahel_fb_find_quote( $c['story'], function ( $q ) use ( $prev ) { return ( $q['continues'] ?? null ) === $prev['id']; } ) ) && ! isset( $seen[ $next['id'] ] ); $prev = $next ) {
		$parts[]              = $next;
		$seen[ $next['id'] ] = true; // a loop of continuations ends here
	}
	$actor  = sahel_fb_actor( $c['story'], $quote['speaker'] );
	$words  = implode( ' ', array_map( function ( $q ) { return sahel_fb_str( $q['text'] ); }, $parts ) );
	$hidden = function ( $s ) use ( $compact ) {
		return $compact ? '<span style="' . SAHEL_FB_VISUALLY_HIDDEN . '">' . $s . '</span>' : $s;
	};
	$who    = '';
	if ( $actor ) {
		$bits = array( sahel_fb_chip( $c, $actor ) );
		if ( isset( $actor['age'] ) ) {
			$bits[] = sahel_fb_e( sahel_fb_number( $actor['age'] ) );
		}
		if ( sahel_fb_truthy( $actor['anonymous'] ?? null ) ) {
			$bits[] = 'not named in the article';
		}
		$who = implode( ', ', array_filter( $bits, 'strlen' ) );
	}
	$role    = $actor && sahel_fb_truthy( $actor['role'] ?? null ) ? $hidden( '<span style="display:block;' . SAHEL_FB_MUTED . '">' . sahel_fb_text( $c, $actor['role'] ) . '</span>' ) : '';
	$medium  = $quote['medium'] ?? '';
	$channel = $quote['channel'] ?? '';
	$medium  = 'broadcast' === $medium && sahel_fb_truthy( $channel ) ? ( SAHEL_FB_CHANNEL[ $channel ] ?? '' ) : ( SAHEL_FB_MEDIUM[ $medium ] ?? '' );
	$context = sahel_fb_truthy( $quote['context'] ?? null ) ? ' · ' . sahel_fb_text( $c, $quote['context'] ) : '';
	// compact: quote, speaker and icon run on in one paragraph (the role and medium words are hidden there)
	$line      = $compact ? 'display:inline;margin:0' : 'margin:0';
	$reason    = $actor && sahel_fb_truthy( $actor['anonymous'] ?? null ) && sahel_fb_truthy( $actor['anonymityReason'] ?? null ) ? sahel_fb_article_words( $c, $actor['anonymityReason'] ) : '';
	$anonymity = '' !== $reason ? '<p style="margin:0;' . SAHEL_FB_MUTED . '"><span style="font-weight:600">Not named:</span> ' . sahel_fb_text( $c, $reason ) . '</p>' : '';
	$icon      = '<span aria-hidden="true" style="display:inline-block;inline-size:1.1em;block-size:1.1em;margin-inline-end:0.25rem;vertical-align:-0.2em"></span>';
	$figure    = $pull ? SAHEL_FB_PULL_FIGURE : ( $compact ? SAHEL_FB_COMPACT_FIGURE : SAHEL_FB_CARD_FIGURE );
	$size      = $pull ? 'font-size:1.625em;line-height:1.25;text-wrap:balance' : ( $compact ? 'display:inline;font-size:1em;line-height:1.45' : 'font-size:1.125em;line-height:1.45' );
	return '<figure style="margin:0 0 ' . ( $last ? '0' : '1rem' ) . ';' . $figure . '">'
		. '<blockquote' . $c['lang'] . ' style="margin:0;' . $size . '"><p style="' . $line . '">' . ( 1 === count( $parts ) && sahel_fb_truthy( $quote['partial'] ?? null ) ? sahel_fb_partial_words( $c, $quote ) : '“' . sahel_fb_e( $words ) . '”' ) . '</p></blockquote> '
		. '<figcaption style="' . ( $compact ? 'display:inline' : 'display:grid;gap:0.25rem;margin-block-start:0.5rem;font-size:0.9em' ) . '">'
		. '<p style="' . $line . '">— ' . $who . $role . '</p> ' . $anonymity . '<p style="' . $line . ';' . SAHEL_FB_MUTED . '">' . $icon . $hidden( sahel_fb_e( $medium ) . $context ) . '</p>'
		// one line, like the card's buttons row: the whole source stays in the text for readers and crawlers
		. '<p style="margin:' . ( $compact ? '0.25rem 0 0;font-size:0.9em' : '0' ) . ';padding-block:calc(0.125em + 1px);white-space:nowrap;overflow:hidden;text-overflow:ellipsis">' . sahel_fb_source( $c ) . '</p></figcaption>'
		. '</figure>';
}

function sahel_fb_quote( $c ) {
	$story   = $c['story'];
	$id      = sahel_fb_str( $c['attrs']['quote'] ?? '' );
	$speaker = sahel_fb_str( $c['attrs']['speaker'] ?? '' );
	$all     = array_key_exists( 'all', $c['attrs'] ) && 'false' !== $c['attrs']['all'];
	if ( '' !== $id ) {
		$q = sahel_fb_find_quote( $story, function ( $x ) use ( $id ) { return $x['id'] === $id; } );
		if ( ! $q ) {
			return sahel_fb_not_found( 'quote', $id );
		}
		// a later part of a split quote: from its first part
		$seen = array( $q['id'] => true );
		while ( sahel_fb_truthy( $q['continues'] ?? null ) && ( $prev = sahel_fb_find_quote( $story, function ( $x ) use ( $q ) { return $x['id'] === $q['continues']; } ) ) && ! isset( $seen[ $prev['id'] ] ) ) {
			$q                    = $prev;
			$seen[ $prev['id'] ] = true;
		}
		return sahel_fb_quote_passage( $c, $q );
	}
	if ( '' !== $speaker ) {
		$actor = sahel_fb_actor( $story, $speaker );
		if ( ! $actor ) {
			return sahel_fb_not_found( 'actor', $speaker );
		}
		$starts = array();
		foreach ( (array) $story['quotes'] as $q ) {
			if ( is_array( $q ) && $q['speaker'] === $speaker && ! ( sahel_fb_truthy( $q['continues'] ?? null ) && sahel_fb_find_quote( $story, function ( $p ) use ( $q ) { return $p['id'] === $q['continues']; } ) ) ) {
				$starts[] = $q;
			}
		}
		if ( ! $starts ) {
			return '<p role="note">' . sahel_fb_e( 'No quotes by ' . sahel_fb_str( $actor['name'] ) . ' in this story' ) . '</p>';
		}
		$shown = $all ? $starts : array_slice( $starts, 0, 1 );
		$out   = '';
		foreach ( $shown as $i => $q ) {
			$out .= sahel_fb_quote_passage( $c, $q, count( $shown ) - 1 === $i );
		}
		return $out;
	}
	return '';
}

// ---------------------------------------------------------------- badge

function sahel_fb_badge( $c ) {
	$id = sahel_fb_str( $c['attrs']['actor'] ?? '' );
	if ( '' === $id ) {
		return '';
	}
	$a = sahel_fb_actor( $c['story'], $id );
	if ( ! $a ) {
		return '<span role="note">' . sahel_fb_e( "No actor “{$id}” in this story" ) . '</span>';
	}
	// phrasing content only: badges sit inside paragraphs
	return 'text' === ( $c['attrs']['variant'] ?? '' ) ? sahel_fb_text( $c, $a['name'] ) : sahel_fb_chip( $c, $a );
}

// ---------------------------------------------------------------- list, figures, map, relations (the older structural port)

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
	$lang = sahel_fb_truthy( $story['article']['language'] ?? null ) ? ' lang="' . sahel_fb_a( $story['article']['language'] ) . '"' : '';
	$fn   = 'sahel_fb_' . $widget;
	return in_array( $widget, array( 'timeline', 'quote', 'badge', 'list', 'figures', 'map', 'relations' ), true ) ? $fn( array( 'story' => $story, 'attrs' => (array) $attrs, 'lang' => $lang ) ) : '';
}
