/* quadrant-catalogue.h: the catalogue of typical interested parties
 *
 * data/catalogue.xml (schema data/quadrant-catalogue.rng) lists parties most
 * ISMSs have, each with a description, a kind and category, a first guess at
 * power and interest and its typical requirements. Entries are copied into a
 * register as new parties whose requirements are undecided. The file is read
 * as safely as a register: no DTD, no entities, no network.
 */
#pragma once

#include <gio/gio.h>

#include "quadrant-register.h"

G_BEGIN_DECLS

#define QUADRANT_CATALOGUE_ERROR (quadrant_catalogue_error_quark ())

typedef enum {
  QUADRANT_CATALOGUE_ERROR_NOT_FOUND, /* no catalogue.xml installed */
  QUADRANT_CATALOGUE_ERROR_MALFORMED, /* not well-formed, a DOCTYPE, too large */
  QUADRANT_CATALOGUE_ERROR_INVALID,   /* not a catalogue, or a bad value */
} QuadrantCatalogueError;

#define QUADRANT_CATALOGUE_FILE     "catalogue.xml"
#define QUADRANT_CATALOGUE_NAMESPACE "urn:quadrant:catalogue"
#define QUADRANT_CATALOGUE_MAX_SIZE (4 * 1024 * 1024)

typedef struct {
  QuadrantRequirementType  type;
  char                    *statement;
} QuadrantCatalogueRequirement;

typedef struct {
  char             *id;          /* stable, e.g. "customers" */
  char             *name;
  char             *description;
  QuadrantCategory  category;
  QuadrantKind      kind;
  int               power;       /* QUADRANT_NOT_ASSESSED when not suggested */
  int               interest;
  GPtrArray        *requirements; /* QuadrantCatalogueRequirement* */
} QuadrantCatalogueEntry;

#define QUADRANT_TYPE_CATALOGUE (quadrant_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (QuadrantCatalogue, quadrant_catalogue, QUADRANT, CATALOGUE, GObject)

GQuark             quadrant_catalogue_error_quark    (void);

QuadrantCatalogue *quadrant_catalogue_new_from_data  (const char   *data,
                                                      gsize         length,
                                                      const char   *display_name,
                                                      GError      **error);
/* The shipped catalogue (a data file, see quadrant-data-file.h). */
QuadrantCatalogue *quadrant_catalogue_load_default   (GError      **error);

guint              quadrant_catalogue_get_n_entries  (QuadrantCatalogue *self);
const QuadrantCatalogueEntry *
                   quadrant_catalogue_get_entry      (QuadrantCatalogue *self,
                                                      guint              index);
const QuadrantCatalogueEntry *
                   quadrant_catalogue_find_entry     (QuadrantCatalogue *self,
                                                      const char        *id);

/* Whether entry matches what a user typed in a search field: every word of
 * search occurs (case-insensitively) in the name, description or kind. */
gboolean           quadrant_catalogue_entry_matches  (const QuadrantCatalogueEntry *entry,
                                                      const char                   *search);
/* A new party (fresh ids) made from entry, its requirements undecided. */
QuadrantParty     *quadrant_catalogue_entry_create_party (const QuadrantCatalogueEntry *entry);

/* Adds the entries named by ids (in that order) to reg as one undo step and
 * returns how many parties were added; unknown ids are skipped. */
guint              quadrant_catalogue_add_to_register (QuadrantCatalogue  *self,
                                                       QuadrantRegister   *reg,
                                                       const char * const *ids);

/* A new register, not dirty and without undo history, with the organisation,
 * the ISMS scope and the chosen entries. */
QuadrantRegister  *quadrant_catalogue_new_register   (QuadrantCatalogue  *self,
                                                      const char         *organisation,
                                                      const char         *scope,
                                                      const char * const *ids);

/* The same as one undo step ("New from Template") on reg, usually an empty
 * new register: sets the organisation and scope (when not empty) and adds the
 * entries. The register is then dirty, so that a window asks before
 * dropping it. */
void               quadrant_catalogue_apply_template (QuadrantCatalogue  *self,
                                                      QuadrantRegister   *reg,
                                                      const char         *organisation,
                                                      const char         *scope,
                                                      const char * const *ids);

G_END_DECLS
