// ExtractStructured: findings from a Document's machine-readable data
// (JSON-LD, embedded JSON state, microformats2, microdata, <meta> tags and
// links), for the Extractor.
#ifndef EXPOSURE_EXTRACT_STRUCTURED_H_
#define EXPOSURE_EXTRACT_STRUCTURED_H_

#include <vector>

#include "exposure/document.h"
#include "exposure/extract.h"

namespace exposure {

// What ExtractStructured skipped because a hard limit was reached
// (kMaxJsonDepth, kMaxJsonNodes, kMaxJsonCandidatesPerScript, ...).
struct StructuredStats {
  int limits_hit = 0;
};

// Appends to `out` the profiled person's details that `document` states in
// machine-readable form:
//   - JSON-LD (Script::Kind::kJsonLd): fields of the Person entities the
//     page is about (top level, @graph, mainEntity, about, author). Other
//     entities (an employer's or publisher's telephone and address) and the
//     details of people the person knows are never reported; relatives'
//     names are, as family. Source kStructured, rule ids "jsonld.<field>".
//   - Embedded JSON state (Script::Kind::kState): contact fields of account
//     objects ("username"/"full_name"-like keys) that belong to the page's
//     owner. Source kStructured, rule ids "state.<key>".
//   - Microformats2 h-card properties of the person's (root) card and
//     schema.org microdata itemprops, in the owner's zone. Source
//     kStructured, rule ids "hcard.<class>" and "microdata.<itemprop>".
//   - <meta> tags (profile:gender, og:locality, geo.position, ICBM, ...).
//     Source kMeta, rule ids "meta.<name>".
//   - Links in the owner's zone: mailto:, tel:, geo:, map URLs with
//     coordinates (marker, never a bounding-box corner), rel="me" and XFN
//     family rels. Source kLink, rule ids "link.mailto", "link.tel",
//     "link.geo", "link.map_embed", "link.rel_me", "link.xfn".
// Properties and links outside the owner's zone are skipped unless
// options.include_others. Every value goes through Validate() and is
// normalised per the DESIGN.md contract; findings below
// options.min_confidence are dropped. Malformed JSON is ignored. Never
// fails; limits reached are counted in `*stats` when it is not null.
// Thread-safe: touches nothing but its arguments.
void ExtractStructured(const Document& document, const ExtractOptions& options,
                       std::vector<Finding>* out,
                       StructuredStats* stats = nullptr);

}  // namespace exposure

#endif  // EXPOSURE_EXTRACT_STRUCTURED_H_
