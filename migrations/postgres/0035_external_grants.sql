-- A caregiver grant imported from the EHR (a FHIR RelatedPerson) is known by the clinic's
-- identifier of it too.
ALTER TABLE external_ids DROP CONSTRAINT IF EXISTS external_ids_kind_check;
ALTER TABLE external_ids ADD CONSTRAINT external_ids_kind_check CHECK (kind IN ('patient', 'appointment', 'grant'));
