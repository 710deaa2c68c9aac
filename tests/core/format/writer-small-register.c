/* writer-small-register.c: the small register the writer tests save, and its canonical form */
#include "config.h"

#include "writer-small-register.h"

QuadrantRegister *
build_small_register (void)
{
  QuadrantRegister *reg = quadrant_register_new ();
  g_autoptr(QuadrantRevision) revision = NULL;
  g_autoptr(QuadrantParty) regulator = NULL;
  g_autoptr(QuadrantParty) staff = NULL;
  g_autoptr(QuadrantRequirement) breach = NULL;
  g_autoptr(GPtrArray) references = quadrant_reference_array_new ();

  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_ORGANISATION, "Northwind Health Ltd");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_SCOPE, "Patient portal");
  quadrant_register_set_metadata (reg, QUADRANT_FIELD_REGISTER_APPROVAL_DATE, "2026-03-01");

  revision = quadrant_revision_new ("1.0", "2025-03-01", "Jane Doe", "First register");
  quadrant_revision_add_position (revision, PARTY_A, 80, 60, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_revision_add_position (revision, PARTY_GONE, 10, 10, QUADRANT_SUPPORT_LEADING);
  quadrant_revision_add_position (revision, PARTY_B, QUADRANT_NOT_ASSESSED, QUADRANT_NOT_ASSESSED,
                                  QUADRANT_SUPPORT_UNAWARE);
  quadrant_register_append_revision_unrecorded (reg, revision);

  regulator = quadrant_party_new (PARTY_A);
  quadrant_party_set_name (regulator, "Data protection authority");
  quadrant_party_set_category (regulator, QUADRANT_CATEGORY_EXTERNAL);
  quadrant_party_set_kind (regulator, QUADRANT_KIND_REGULATORS);
  quadrant_party_set_power (regulator, 80);
  quadrant_party_set_interest (regulator, 60);
  quadrant_party_set_current_support (regulator, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_party_set_desired_support (regulator, QUADRANT_SUPPORT_SUPPORTIVE);
  quadrant_party_set_identified_by (regulator, QUADRANT_IDENTIFICATION_RISK_ASSESSMENT);
  quadrant_party_set_identified_on (regulator, "2025-02-10");
  quadrant_party_set_last_reviewed (regulator, "2026-02-20");
  quadrant_party_set_owner (regulator, "Data protection officer");
  quadrant_party_set_engagement_channel (regulator, "Secure portal");
  quadrant_party_set_engagement_frequency (regulator, "Yearly");
  quadrant_party_set_notes (regulator, "Call first");

  breach = quadrant_requirement_new (REQUIREMENT_A);
  quadrant_requirement_set_statement (breach, "Breaches are notified within 72 hours");
  quadrant_requirement_set_requirement_type (breach, QUADRANT_REQUIREMENT_TYPE_LEGAL);
  quadrant_requirement_set_priority (breach, QUADRANT_PRIORITY_HIGH);
  quadrant_requirement_set_decision (breach, QUADRANT_DECISION_ADDRESSED);
  quadrant_requirement_set_review_date (breach, "2026-09-01");
  quadrant_requirement_set_source (breach, "GDPR Art. 33");
  quadrant_requirement_set_rationale (breach, "Incident procedure covers it");
  g_ptr_array_add (references, quadrant_reference_new (QUADRANT_REFERENCE_KIND_CONTROL, "A.5.24"));
  g_ptr_array_add (references, quadrant_reference_new (QUADRANT_REFERENCE_KIND_PROCESS,
                                                       "Incident management"));
  quadrant_requirement_set_references (breach, references);
  quadrant_requirement_set_owner (breach, "Data protection officer");
  quadrant_party_append_requirement (regulator, breach);
  quadrant_register_append_party_unrecorded (reg, regulator);

  /* Only what is required: everything optional must be left out. */
  staff = quadrant_party_new (PARTY_B);
  quadrant_party_set_name (staff, "Staff");
  quadrant_party_set_category (staff, QUADRANT_CATEGORY_INTERNAL);
  quadrant_party_set_kind (staff, QUADRANT_KIND_STAFF);
  quadrant_party_set_power (staff, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_interest (staff, QUADRANT_NOT_ASSESSED);
  quadrant_party_set_current_support (staff, QUADRANT_SUPPORT_UNAWARE);
  quadrant_party_set_desired_support (staff, QUADRANT_SUPPORT_NEUTRAL);
  quadrant_register_append_party_unrecorded (reg, staff);

  return reg;
}

const char small_register_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<register xmlns=\"urn:quadrant:register\" format=\"1.0\">\n"
  "  <metadata>\n"
  "    <organisation>Northwind Health Ltd</organisation>\n"
  "    <scope>Patient portal</scope>\n"
  "    <approval-date>2026-03-01</approval-date>\n"
  "  </metadata>\n"
  "  <revisions>\n"
  "    <revision version=\"1.0\" date=\"2025-03-01\" author=\"Jane Doe\">\n"
  "      <summary>First register</summary>\n"
  "      <position party=\"" PARTY_A "\" power=\"80\" interest=\"60\" support=\"neutral\"/>\n"
  "      <position party=\"" PARTY_B "\" support=\"unaware\"/>\n"
  "    </revision>\n"
  "  </revisions>\n"
  "  <parties>\n"
  "    <party id=\"" PARTY_A "\" category=\"external\" kind=\"regulators\" power=\"80\" "
  "interest=\"60\" support=\"neutral\" desired-support=\"supportive\" "
  "identified-by=\"risk-assessment\" identified-on=\"2025-02-10\" last-reviewed=\"2026-02-20\">\n"
  "      <name>Data protection authority</name>\n"
  "      <owner>Data protection officer</owner>\n"
  "      <engagement>\n"
  "        <channel>Secure portal</channel>\n"
  "        <frequency>Yearly</frequency>\n"
  "      </engagement>\n"
  "      <notes>Call first</notes>\n"
  "      <requirements>\n"
  "        <requirement id=\"" REQUIREMENT_A "\" type=\"legal\" priority=\"high\" "
  "decision=\"addressed\" review-date=\"2026-09-01\">\n"
  "          <statement>Breaches are notified within 72 hours</statement>\n"
  "          <source>GDPR Art. 33</source>\n"
  "          <rationale>Incident procedure covers it</rationale>\n"
  "          <reference kind=\"control\">A.5.24</reference>\n"
  "          <reference kind=\"process\">Incident management</reference>\n"
  "          <owner>Data protection officer</owner>\n"
  "        </requirement>\n"
  "      </requirements>\n"
  "    </party>\n"
  "    <party id=\"" PARTY_B "\" category=\"internal\" kind=\"staff\" support=\"unaware\" "
  "desired-support=\"neutral\">\n"
  "      <name>Staff</name>\n"
  "    </party>\n"
  "  </parties>\n"
  "</register>\n";
