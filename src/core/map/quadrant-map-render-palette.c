/* quadrant-map-render-palette.c: the colours of the stakeholder map
 *
 * Six palettes (light, dark, a presentation variant of each for projectors,
 * and a high-contrast one of each for the desktop's setting) and the support
 * colours; the public getters let the SVG writer
 * and widgets use the very same colours as the renderer.
 */
#define G_LOG_DOMAIN "quadrant-map"

#include "config.h"

#include "quadrant-map-render-private.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const Palette light_palette = {
  .background = RGB (0xffffff),
  .quadrant = { RGB (0xffffff), RGB (0xe6eef7), RGB (0xf2f0e8), RGB (0xeaf3ee), RGB (0xf5f5f5) },
  .border = RGB (0xa0a0a0),
  .midline = RGB (0x707070),
  .text = RGB (0x1c1c1c),
  .muted = RGB (0x6a6a6a),
  .legend_background = RGB (0xfafafa),
  .focus = RGB (0x1c71d8),
  .halo_alpha = 0.85,
  .line_scale = 1.0,
};

static const Palette dark_palette = {
  .background = RGB (0x1e1e1e),
  .quadrant = { RGB (0x1e1e1e), RGB (0x22303e), RGB (0x2c2a22), RGB (0x223029), RGB (0x272727) },
  .border = RGB (0x6a6a6a),
  .midline = RGB (0xa0a0a0),
  .text = RGB (0xeeeeee),
  .muted = RGB (0xa8a8a8),
  .legend_background = RGB (0x262626),
  .focus = RGB (0x78aeed),
  .halo_alpha = 0.85,
  .line_scale = 1.0,
};

/* Projectors wash colours out: stronger tints, black lines, solid halos. */
static const Palette light_presentation_palette = {
  .background = RGB (0xffffff),
  .quadrant = { RGB (0xffffff), RGB (0xd5e3f2), RGB (0xebe6d3), RGB (0xd9ebe0), RGB (0xededed) },
  .border = RGB (0x000000),
  .midline = RGB (0x000000),
  .text = RGB (0x000000),
  .muted = RGB (0x333333),
  .legend_background = RGB (0xffffff),
  .focus = RGB (0x1a5fb4),
  .halo_alpha = 0.9,
  .line_scale = 1.6,
};

static const Palette dark_presentation_palette = {
  .background = RGB (0x000000),
  .quadrant = { RGB (0x000000), RGB (0x17304a), RGB (0x332f1c), RGB (0x163324), RGB (0x1c1c1c) },
  .border = RGB (0xffffff),
  .midline = RGB (0xffffff),
  .text = RGB (0xffffff),
  .muted = RGB (0xd0d0d0),
  .legend_background = RGB (0x000000),
  .focus = RGB (0x99c1f1),
  .halo_alpha = 0.9,
  .line_scale = 1.6,
};

/* The desktop's high contrast: no tints at all (names lie on the plain
 * background), black or white text and lines, solid halos, heavier lines.
 * Text is at least 7:1 against every colour it can lie on. */
static const Palette light_high_contrast_palette = {
  .background = RGB (0xffffff),
  .quadrant = { RGB (0xffffff), RGB (0xffffff), RGB (0xffffff), RGB (0xffffff), RGB (0xffffff) },
  .border = RGB (0x000000),
  .midline = RGB (0x000000),
  .text = RGB (0x000000),
  .muted = RGB (0x303030),
  .legend_background = RGB (0xffffff),
  .focus = RGB (0x0b3d91),
  .halo_alpha = 1.0,
  .line_scale = 1.6,
};

static const Palette dark_high_contrast_palette = {
  .background = RGB (0x000000),
  .quadrant = { RGB (0x000000), RGB (0x000000), RGB (0x000000), RGB (0x000000), RGB (0x000000) },
  .border = RGB (0xffffff),
  .midline = RGB (0xffffff),
  .text = RGB (0xffffff),
  .muted = RGB (0xd8d8d8),
  .legend_background = RGB (0x000000),
  .focus = RGB (0x99c1f1),
  .halo_alpha = 1.0,
  .line_scale = 1.6,
};

/* Okabe-Ito colours, readable by colour-blind viewers; the shapes carry the
 * same meaning for grey-scale prints. Dark variants are lighter. */
static const Rgb support_light[] = {
  RGB (0x8c8c8c),   /* unaware: grey outline with "?" */
  RGB (0xd55e00),   /* resistant: vermillion */
  RGB (0x6e6e6e),   /* neutral: grey */
  RGB (0x009e73),   /* supportive: bluish green */
  RGB (0x0072b2),   /* leading: blue */
};

static const Rgb support_dark[] = {
  RGB (0xb0b0b0),
  RGB (0xf0803c),
  RGB (0xb8b8b8),
  RGB (0x2cc79b),
  RGB (0x56b4e9),
};

const Palette *
_quadrant_map_render_palette (const QuadrantMapRenderOptions *options)
{
  if (options == NULL)
    return &light_palette;
  if (options->high_contrast)
    return options->dark ? &dark_high_contrast_palette : &light_high_contrast_palette;
  if (options->presentation)
    return options->dark ? &dark_presentation_palette : &light_presentation_palette;
  return options->dark ? &dark_palette : &light_palette;
}

Rgb
_quadrant_map_render_support_rgb (QuadrantSupport support,
                                  gboolean        dark)
{
  guint i = (guint) support < G_N_ELEMENTS (support_light) ? (guint) support : QUADRANT_SUPPORT_NEUTRAL;

  return dark ? support_dark[i] : support_light[i];
}

const Rgb *
_quadrant_map_render_palette_color (const Palette    *p,
                                    QuadrantMapColor  color)
{
  switch (color)
    {
    case QUADRANT_MAP_COLOR_TEXT: return &p->text;
    case QUADRANT_MAP_COLOR_MUTED: return &p->muted;
    case QUADRANT_MAP_COLOR_BORDER: return &p->border;
    case QUADRANT_MAP_COLOR_MIDLINE: return &p->midline;
    case QUADRANT_MAP_COLOR_LEGEND_BACKGROUND: return &p->legend_background;
    case QUADRANT_MAP_COLOR_FOCUS: return &p->focus;
    case QUADRANT_MAP_COLOR_MANAGE_CLOSELY: return &p->quadrant[QUADRANT_QUADRANT_MANAGE_CLOSELY];
    case QUADRANT_MAP_COLOR_KEEP_SATISFIED: return &p->quadrant[QUADRANT_QUADRANT_KEEP_SATISFIED];
    case QUADRANT_MAP_COLOR_KEEP_INFORMED: return &p->quadrant[QUADRANT_QUADRANT_KEEP_INFORMED];
    case QUADRANT_MAP_COLOR_MONITOR: return &p->quadrant[QUADRANT_QUADRANT_MONITOR];
    case QUADRANT_MAP_COLOR_BACKGROUND:
    default: return &p->background;
    }
}

static void
get_rgb (const Rgb *c,
         double    *red,
         double    *green,
         double    *blue)
{
  if (red != NULL)
    *red = c->r;
  if (green != NULL)
    *green = c->g;
  if (blue != NULL)
    *blue = c->b;
}

void
quadrant_map_render_support_color (QuadrantSupport  support,
                                   gboolean         dark,
                                   double          *red,
                                   double          *green,
                                   double          *blue)
{
  Rgb c = _quadrant_map_render_support_rgb (support, dark);

  get_rgb (&c, red, green, blue);
}

void
quadrant_map_render_get_color (const QuadrantMapRenderOptions *options,
                               QuadrantMapColor                color,
                               double                         *red,
                               double                         *green,
                               double                         *blue)
{
  get_rgb (_quadrant_map_render_palette_color (_quadrant_map_render_palette (options), color),
           red, green, blue);
}

double
quadrant_map_render_get_line_width (QuadrantMapLayout              *layout,
                                    const QuadrantMapRenderOptions *options)
{
  g_return_val_if_fail (QUADRANT_IS_MAP_LAYOUT (layout), 1.0);

  return MAX (1.0, quadrant_map_layout_get_scale (layout)) * _quadrant_map_render_palette (options)->line_scale;
}

double
quadrant_map_render_get_halo_alpha (const QuadrantMapRenderOptions *options)
{
  return _quadrant_map_render_palette (options)->halo_alpha;
}
