/* Block editor: the Sahel widgets' blocks, without a build step. Server-rendered previews. GPL-2.0-or-later. */
/* global window */
( function ( wp ) {
	var el = wp.element.createElement;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var ToggleControl = wp.components.ToggleControl;
	var ServerSideRender = wp.serverSideRender;

	var names = [ 'timeline', 'quote', 'badge', 'list', 'figures', 'map', 'relations' ];
	names.forEach( function ( n ) {
		var name = 'sahel-widgets/' + n;
		var type = wp.blocks.getBlockType( name );
		if ( ! type ) return;
		wp.blocks.unregisterBlockType( name );
		wp.blocks.registerBlockType( name, Object.assign( {}, type, {
			edit: function ( props ) {
				var controls = Object.keys( type.attributes ).filter( function ( k ) { return k !== 'lock' && k !== 'className'; } ).map( function ( k ) {
					var a = type.attributes[ k ];
					return a.type === 'boolean'
						? el( ToggleControl, { key: k, label: k, checked: !! props.attributes[ k ], onChange: function ( v ) { var o = {}; o[ k ] = v; props.setAttributes( o ); } } )
						: el( TextControl, { key: k, label: k === 'story' ? 'Story (media ID or URL; empty: the post\u2019s)' : k, value: props.attributes[ k ] || '', onChange: function ( v ) { var o = {}; o[ k ] = v; props.setAttributes( o ); } } );
				} );
				return el( 'div', wp.blockEditor.useBlockProps ? wp.blockEditor.useBlockProps() : {},
					el( InspectorControls, null, el( PanelBody, { title: 'Sahel widget' }, controls ) ),
					el( ServerSideRender, { block: name, attributes: props.attributes } ) );
			},
			save: function () { return null; },
		} ) );
	} );

} )( window.wp );
