//! Every `fixtures/<id>.txt` is its own test, named after its file
//! (`cargo test --test integration fixtures::s02_bureau_markdown`): the
//! text is parsed and validated and the result compared, field by field,
//! with `fixtures/<id>.json`. Inputs that cannot be used are in
//! `fixtures/invalid/`, their expected JSON the error they give
//! (`{"error": {"kind": ..., "message": ...}}`); so are inputs that are not
//! UTF-8 (`latin1`, read as Windows-1252 with an `info` finding).
//!
//! `DELIBERATION_BLESS=1` writes the expected files of the fixtures that
//! run from today's output and prints what changed; to bless one fixture,
//! name its test:
//! `DELIBERATION_BLESS=1 cargo test --test integration fixtures::g04 -- --nocapture`.
//!
//! `tests/integration/known-failures.txt` lists fixtures whose expected
//! JSON the parser does not give yet: the list may only shrink, and a
//! listed fixture that passes fails until it is struck off.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub(crate) fn parse_fixture(path: &Path) -> deliberation::Document {
    let text = std::fs::read_to_string(path).expect("readable fixture");
    deliberation::Options::new()
        .validate(true)
        .parse(&text)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The JSON a fixture's text gives today: its document, or the error.
fn output(txt: &Path) -> Value {
    let bytes = std::fs::read(txt).expect("readable fixture");
    match deliberation::Options::new()
        .validate(true)
        .parse_bytes(&bytes)
    {
        Ok(doc) => serde_json::to_value(&doc).expect("serialisable"),
        Err(e) => {
            let kind = match e.kind() {
                deliberation::ErrorKind::Empty => "empty",
                deliberation::ErrorKind::NotADeliberation { .. } => "not_a_deliberation",
                deliberation::ErrorKind::Binary { .. } => "binary",
                _ => "other",
            };
            json!({"error": {"kind": kind, "message": e.to_string()}})
        }
    }
}

/// Differences between two JSON values, one line per differing path.
fn diff(path: &str, expected: &Value, got: &Value, out: &mut Vec<String>) {
    match (expected, got) {
        (Value::Object(e), Value::Object(g)) => {
            for (k, ev) in e {
                match g.get(k) {
                    Some(gv) => diff(&format!("{path}.{k}"), ev, gv, out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
            for k in g.keys().filter(|k| !e.contains_key(*k)) {
                out.push(format!("{path}.{k}: unexpected {}", g[k]));
            }
        }
        (Value::Array(e), Value::Array(g)) => {
            if e.len() != g.len() {
                out.push(format!(
                    "{path}: expected {} items, found {}",
                    e.len(),
                    g.len()
                ));
            }
            for (i, (ev, gv)) in e.iter().zip(g).enumerate() {
                diff(&format!("{path}[{i}]"), ev, gv, out);
            }
        }
        _ if expected != got => out.push(format!("{path}: expected {expected}, found {got}")),
        _ => {}
    }
}

/// The fixtures listed in `tests/integration/known-failures.txt`.
fn known_failures() -> Vec<String> {
    let list = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/known-failures.txt"),
    )
    .expect("the known failures");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Parse one fixture and compare it with its expected JSON (or bless it).
fn check(id: &str) {
    let txt = fixtures_dir().join(format!("{id}.txt"));
    let expected_path = txt.with_extension("json");
    let got = output(&txt);
    let expected: Option<Value> = std::fs::read_to_string(&expected_path)
        .ok()
        .map(|s| serde_json::from_str(&s).expect("valid expected JSON"));
    let mut diffs = Vec::new();
    match &expected {
        Some(e) => diff("$", e, &got, &mut diffs),
        None => diffs.push("$: no expected JSON".into()),
    }
    if std::env::var_os("DELIBERATION_BLESS").is_some() {
        if !diffs.is_empty() {
            eprintln!("blessing {id}:\n  {}", diffs.join("\n  "));
            let pretty = serde_json::to_string_pretty(&got).expect("json") + "\n";
            std::fs::write(&expected_path, pretty).expect("writable fixture");
        }
        return;
    }
    let known = known_failures().iter().any(|k| k == id);
    match (diffs.is_empty(), known) {
        (true, false) => {}
        (true, true) => {
            panic!(
                "{id} now gives its expected JSON: strike it off tests/integration/known-failures.txt"
            )
        }
        (false, true) => eprintln!("{id}: a known failure:\n  {}", diffs.join("\n  ")),
        (false, false) => {
            diffs.truncate(20);
            panic!(
                "{id} differs from its expected JSON:\n  {}",
                diffs.join("\n  ")
            );
        }
    }
    // The expected JSON of a document also reads back into the model.
    if let Some(e) = expected.filter(|e| e.get("error").is_none()) {
        let back: deliberation::Document = serde_json::from_value(e).expect("contract JSON");
        assert_eq!(back.schema_version, 1);
    }
}

/// One test per fixture, named after its file.
macro_rules! fixtures {
    ($($name:ident => $id:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check($id);
            }
        )*
        /// Every fixture with a test, by id.
        const FIXTURES: &[&str] = &[$($id),*];
    };
}

fixtures! {
    a01_cm_qualified_labels_caps_names => "a01-cm-qualified-labels-caps-names",
    a02_cm_first_names_symbol_proxies => "a02-cm-first-names-symbol-proxies",
    a03_syndicat_present_by_exception => "a03-syndicat-present-by-exception",
    a04_cm_flattened_capital_labels => "a04-cm-flattened-capital-labels",
    a05_cm_names_in_capitals_lexicon => "a05-cm-names-in-capitals-lexicon",
    a06_cm_absent_proxy_sentences => "a06-cm-absent-proxy-sentences",
    a07_cm_mixed_case_absent_remarks => "a07-cm-mixed-case-absent-remarks",
    a08_cc_delegates_communes_run_together => "a08-cc-delegates-communes-run-together",
    a09_cc_layout_hyphen_wrapped_list => "a09-cc-layout-hyphen-wrapped-list",
    a10_cm_ocr_dash_list => "a10-cm-ocr-dash-list",
    a11_cm_capitals_counts_before_lists => "a11-cm-capitals-counts-before-lists",
    a12_cm_date_line_title_proxy_paragraphs => "a12-cm-date-line-title-proxy-paragraphs",
    a13_cc_roman_point_ranges => "a13-cc-roman-point-ranges",
    a14_syndicat_members_by_commune => "a14-syndicat-members-by-commune",
    a15_cc_delegates_blank_communes_colons => "a15-cc-delegates-blank-communes-colons",
    a16_cm_proxies_paragraph_without_label => "a16-cm-proxies-paragraph-without-label",
    a17_cc_proxies_bracketed_holders_civility_runs => "a17-cc-proxies-bracketed-holders-civility-runs",
    a18_cm_delegated_mandates_mixed_holders => "a18-cm-delegated-mandates-mixed-holders",
    a19_cm_split_ordinal_functions => "a19-cm-split-ordinal-functions",
    a20_cm_political_groups_dash_list => "a20-cm-political-groups-dash-list",
    a21_cc_commune_column_then_delegates => "a21-cc-commune-column-then-delegates",
    a22_cc_en_presence_de_label => "a22-cc-en-presence-de-label",
    a23_cc_delegate_of_commune_apposition => "a23-cc-delegate-of-commune-apposition",
    a24_cm_plural_civility_dash_separated => "a24-cm-plural-civility-dash-separated",
    a25_cm_attendance_restated_for_item => "a25-cm-attendance-restated-for-item",
    a26_cc_and_proxy_of_note => "a26-cc-and-proxy-of-note",
    a27_cm_initials_names_without_separator => "a27-cm-initials-names-without-separator",
    a28_cm_role_headings_list => "a28-cm-role-headings-list",
    a29_cp_letterhead_before_colon => "a29-cp-letterhead-before-colon",
    a30_cc_proxy_grantor_function_with_place => "a30-cc-proxy-grantor-function-with-place",
    a31_cc_status_column_numbered_rows => "a31-cc-status-column-numbered-rows",
    a32_cc_status_codes_given_names_apart => "a32-cc-status-codes-given-names-apart",
    a33_cm_proxy_lines_after_count_sentence => "a33-cm-proxy-lines-after-count-sentence",
    a34_cc_mixed_case_communes_standing_notes => "a34-cc-mixed-case-communes-standing-notes",
    a35_cc_stamps_woven_substitutes_label => "a35-cc-stamps-woven-substitutes-label",
    a36_cm_proxy_sentence_after_exceptions => "a36-cm-proxy-sentence-after-exceptions",
    a37_cm_struck_names_numbered_proxies => "a37-cm-struck-names-numbered-proxies",
    a38_cm_wrapped_proxy_lines_mandat_label => "a38-cm-wrapped-proxy-lines-mandat-label",
    a39_syndicat_initials_stuck_to_names => "a39-syndicat-initials-stuck-to-names",
    a40_cc_given_name_alone_in_list => "a40-cc-given-name-alone-in-list",
    a41_syndicat_present_on_attendance_sheet => "a41-syndicat-present-on-attendance-sheet",
    a42_cm_flattened_caps_label_civility => "a42-cm-flattened-caps-label-civility",
    a43_cm_unclosed_proxy_note_compound_given => "a43-cm-unclosed-proxy-note-compound-given",
    a44_cc_two_names_run_together => "a44-cc-two-names-run-together",
    a45_cm_dot_leader_margin_in_list => "a45-cm-dot-leader-margin-in-list",
    a46_cc_holder_note_ayant_la_procuration => "a46-cc-holder-note-ayant-la-procuration",
    d01_cm_oneline_pouvoirs => "d01-cm-oneline-pouvoirs",
    d03_cm_menu_late_arrival => "d03-cm-menu-late-arrival",
    d04_cm_wrapped_procurations => "d04-cm-wrapped-procurations",
    d06_cm_nom_prenom_resignation => "d06-cm-nom-prenom-resignation",
    d07_cm_counts_homonyms_trap => "d07-cm-counts-homonyms-trap",
    d09_cc_initials_sidetable => "d09-cc-initials-sidetable",
    d11_cm_installation_numbered => "d11-cm-installation-numbered",
    d12_cm_widget_representes => "d12-cm-widget-representes",
    d14_cm_count_only_dateconflict => "d14-cm-count-only-dateconflict",
    d15_cm_one_per_line_invitees => "d15-cm-one-per-line-invitees",
    d17_cm_one_paragraph_homonyms_prev_vote_trap => "d17-cm-one-paragraph-homonyms-prev-vote-trap",
    d18_cm_caps_headings_inconsistent_proxies => "d18-cm-caps-headings-inconsistent-proxies",
    d20_cd_visio_president_homonym => "d20-cd-visio-president-homonym",
    d21_cg_surname_per_line_truncated => "d21-cg-surname-per-line-truncated",
    d23_cc_margin_interleaved_question_ranges => "d23-cc-margin-interleaved-question-ranges",
    d25_cm_proxy_both_sides_counts => "d25-cm-proxy-both-sides-counts",
    d26_cc_election_apostrophes_lost => "d26-cc-election-apostrophes-lost",
    d28_comite_syndical_commune_name_runon => "d28-comite-syndical-commune-name-runon",
    d29_comite_syndical_html_table_presence_marks => "d29-comite-syndical-html-table-presence-marks",
    d31_cm_single_deliberation_one_line => "d31-cm-single-deliberation-one-line",
    d32_cm_pdf_linebreak_proxies => "d32-cm-pdf-linebreak-proxies",
    d34_cm_split_names_late_arrival => "d34-cm-split-names-late-arrival",
    d35_cm_item_tally_blocks_duplicated => "d35-cm-item-tally-blocks-duplicated",
    d37_cc_three_column_table_flattened => "d37-cc-three-column-table-flattened",
    d38_cc_surnames_wrapped_et_join => "d38-cc-surnames-wrapped-et-join",
    d39_cc_commune_cells_substitutes_proxies => "d39-cc-commune-cells-substitutes-proxies",
    d41_cc_mm_mmes_grouped_counts => "d41-cc-mm-mmes-grouped-counts",
    d42_cc_grouped_by_commune_initials => "d42-cc-grouped-by-commune-initials",
    d44_cm_dash_list_question_items => "d44-cm-dash-list-question-items",
    d46_cm_surnames_departure_typo => "d46-cm-surnames-departure-typo",
    f01_cm_oneline_cookie_clutter => "f01-cm-oneline-cookie-clutter",
    f02_cc_commune_colon_substitutes => "f02-cc-commune-colon-substitutes",
    f03_cm_letterspaced_nom_prenom_pages => "f03-cm-letterspaced-nom-prenom-pages",
    f04_cm_semicolon_list_members_mismatch => "f04-cm-semicolon-list-members-mismatch",
    f05_syndicat_flattened_sheet_marks => "f05-syndicat-flattened-sheet-marks",
    f06_cd_commission_permanente_initials => "f06-cd-commission-permanente-initials",
    f07_cm_represente_par_stated_count => "f07-cm-represente-par-stated-count",
    f08_cm_extrait_crlf_ocr_ligatures => "f08-cm-extrait-crlf-ocr-ligatures",
    f09_cm_mesdames_messieurs_holder_absent => "f09-cm-mesdames-messieurs-holder-absent",
    f10_cm_pv_long_present_then_represented => "f10-cm-pv-long-present-then-represented",
    f11_cm_two_grantors_one_holder => "f11-cm-two-grantors-one-holder",
    f12_cm_covid_2022_particles_et_grantors => "f12-cm-covid-2022-particles-et-grantors",
    f13_cc_pour_la_commune_remplace_tally => "f13-cc-pour-la-commune-remplace-tally",
    f14_cm_site_tab_table_mixed_case => "f14-cm-site-tab-table-mixed-case",
    f15_cd_binomes_by_canton_unanimity => "f15-cd-binomes-by-canton-unanimity",
    f16_cm_markdown_attendance_table => "f16-cm-markdown-attendance-table",
    f17_ca_bureau_dossiers_outcome => "f17-ca-bureau-dossiers-outcome",
    f18_cm_margin_box_woven_truncated => "f18-cm-margin-box-woven-truncated",
    f19_cm_dash_bullets_plan_not_adding => "f19-cm-dash-bullets-plan-not-adding",
    f20_cm_short_list_quorum_claimed => "f20-cm-short-list-quorum-claimed",
    f21_cm_surnames_only_words_runon_proxies => "f21-cm-surnames-only-words-runon-proxies",
    f22_cm_assistaient_colon_pouvoir_grantor_present => "f22-cm-assistaient-colon-pouvoir-grantor-present",
    f23_cm_parenthesised_counts_interested_abstains => "f23-cm-parenthesised-counts-interested-abstains",
    f24_cc_dash_nom_initial_holder_side_truncated => "f24-cc-dash-nom-initial-holder-side-truncated",
    g01_cm_membres_presents_mr_melle_nom_prenom => "g01-cm-membres-presents-mr-melle-nom-prenom",
    g02_cm_assistaient_surnames_secretaire_de_mairie_trap => "g02-cm-assistaient-surnames-secretaire-de-mairie-trap",
    g03_cc_conseillers_presents_by_commune_suppleant_homonym => "g03-cc-conseillers-presents-by-commune-suppleant-homonym",
    g04_cm_oneline_hosting_particles_pouvoir_mme_le_maire => "g04-cm-oneline-hosting-particles-pouvoir-mme-le-maire",
    g05_cm_apostrophes_lost_pouvoirs_short => "g05-cm-apostrophes-lost-pouvoirs-short",
    g06_cm_pdf_wrapped_one_proxy_per_line => "g06-cm-pdf-wrapped-one-proxy-per-line",
    g07_cm_next_meeting_header_previous_minutes_trap => "g07-cm-next-meeting-header-previous-minutes-trap",
    g08_cm_homonyms_functions_inline_interested_member => "g08-cm-homonyms-functions-inline-interested-member",
    g09_cm_maire_omitted_neant_keur_ca_vote => "g09-cm-maire-omitted-neant-keur-ca-vote",
    g10_cc_surnames_commune_parentheses_truncated_proxy => "g10-cc-surnames-commune-parentheses-truncated-proxy",
    g11_syndicat_suppleants_staff_guests_trap => "g11-syndicat-suppleants-staff-guests-trap",
    g12_cm_arrivals_departures_points_clock => "g12-cm-arrivals-departures-points-clock",
    g13_cm_dates_header_compound_names_no_hyphen => "g13-cm-dates-header-compound-names-no-hyphen",
    g14_cm_mixed_case_surnames_only_numbered_delibs => "g14-cm-mixed-case-surnames-only-numbered-delibs",
    g15_cm_nom_prenom_double_space_separators => "g15-cm-nom-prenom-double-space-separators",
    g16_cm_extrait_afferents_single_delib => "g16-cm-extrait-afferents-single-delib",
    g17_cm_guests_staff_public_traps => "g17-cm-guests-staff-public-traps",
    g18_cc_president_omitted_homonyms_pouvoirs_mixed => "g18-cc-president-omitted-homonyms-pouvoirs-mixed",
    g19_cm_covid_visio_two_proxies_one_holder => "g19-cm-covid-visio-two-proxies-one-holder",
    g20_cm_nom_prenom_per_line_staff_homonym_proxy_until_arrival => "g20-cm-nom-prenom-per-line-staff-homonym-proxy-until-arrival",
    h01_cm_public_sitting_month_phrase => "h01-cm-public-sitting-month-phrase",
    h02_cc_glued_day_and_month => "h02-cc-glued-day-and-month",
    h03_syndicat_dated_title_next_year => "h03-syndicat-dated-title-next-year",
    h04_cm_extrait_flattened_count_table => "h04-cm-extrait-flattened-count-table",
    h05_cm_secretary_accepts_initial => "h05-cm-secretary-accepts-initial",
    h06_cm_secretaries_caps_civility => "h06-cm-secretaries-caps-civility",
    h07_cc_formalities_secretary_article => "h07-cc-formalities-secretary-article",
    h08_cm_extract_counts_box_first => "h08-cm-extract-counts-box-first",
    h09_cm_secretary_after_blank_line => "h09-cm-secretary-after-blank-line",
    h10_cm_installation_deputies_count => "h10-cm-installation-deputies-count",
    h11_cc_reconvened_without_quorum => "h11-cc-reconvened-without-quorum",
    p01_cm_members_leave_and_return => "p01-cm-members-leave-and-return",
    p02_cm_layout_margin_box_hyphenated_name => "p02-cm-layout-margin-box-hyphenated-name",
    p03_cm_word_margin_box_table => "p03-cm-word-margin-box-table",
    p04_cm_excused_not_represented => "p04-cm-excused-not-represented",
    p05_cm_present_list_under_counts => "p05-cm-present-list-under-counts",
    p06_cm_flattened_line_proxies_mid_line => "p06-cm-flattened-line-proxies-mid-line",
    p07_cc_proxies_run_together_substitute => "p07-cc-proxies-run-together-substitute",
    p08_cm_flattened_justified_secretary_formula => "p08-cm-flattened-justified-secretary-formula",
    p09_syndicat_representatives_of_communes => "p09-syndicat-representatives-of-communes",
    p10_cm_one_paragraph_proxies_from_a_point => "p10-cm-one-paragraph-proxies-from-a-point",
    p11_cm_header_without_du_typo_visa => "p11-cm-header-without-du-typo-visa",
    p12_cc_represented_by_substitutes => "p12-cc-represented-by-substitutes",
    p13_cc_weekday_settles_the_year_suppleance => "p13-cc-weekday-settles-the-year-suppleance",
    p14_cm_election_form_and_object_counts => "p14-cm-election-form-and-object-counts",
    p15_cm_subtitle_date_substitutes_among_absent => "p15-cm-subtitle-date-substitutes-among-absent",
    p16_cm_particle_names_secretary_will_be => "p16-cm-particle-names-secretary-will-be",
    p17_cm_margin_woven_into_the_list => "p17-cm-margin-woven-into-the-list",
    p18_cm_away_for_one_item_arrive_then_leave => "p18-cm-away-for-one-item-arrive-then-leave",
    p19_cm_margin_dates_before_civility_list => "p19-cm-margin-dates-before-civility-list",
    p20_cc_present_as_titulars_roles_in_list => "p20-cc-present-as-titulars-roles-in-list",
    p21_cc_slash_label_dash_list_received_proxy => "p21-cc-slash-label-dash-list-received-proxy",
    p22_cm_agenda_before_the_opening => "p22-cm-agenda-before-the-opening",
    p23_cc_full_stop_separated_lists_initials => "p23-cc-full-stop-separated-lists-initials",
    p24_cc_initials_without_dots_mixed_case => "p24-cc-initials-without-dots-mixed-case",
    p25_cc_communes_lines_empty_commune_item_ranges => "p25-cc-communes-lines-empty-commune-item-ranges",
    p26_sm_counts_restated_per_item_rule_under_lists => "p26-sm-counts-restated-per-item-rule-under-lists",
    p27_cc_grantors_listed_without_holders => "p27-cc-grantors-listed-without-holders",
    p28_ca_lists_headed_by_function_double_colon => "p28-ca-lists-headed-by-function-double-colon",
    p29_sm_member_seat_and_commune_after_each_name => "p29-sm-member-seat-and-commune-after-each-name",
    p30_cc_given_names_glued_to_family_names => "p30-cc-given-names-glued-to-family-names",
    p31_sm_communes_before_civilities => "p31-sm-communes-before-civilities",
    p32_cm_also_present_names_the_members => "p32-cm-also-present-names-the-members",
    p33_cm_met_colon_list_in_opening_sentence => "p33-cm-met-colon-list-in-opening-sentence",
    p34_sm_seat_in_a_community_after_each_name => "p34-sm-seat-in-a-community-after-each-name",
    p35_cc_dotted_leaders_before_functions => "p35-cc-dotted-leaders-before-functions",
    p36_sm_secretary_after_verb_heading_glued => "p36-sm-secretary-after-verb-heading-glued",
    p37_cc_present_list_is_the_roll => "p37-cc-present-list-is-the-roll",
    p38_sm_communes_run_into_surnames => "p38-sm-communes-run-into-surnames",
    p39_ca_presence_by_deliberation_codes => "p39-ca-presence-by-deliberation-codes",
    p40_sivom_communes_with_links_run_into_list => "p40-sivom-communes-with-links-run-into-list",
    p41_cm_status_between_commas_before_proxy => "p41-cm-status-between-commas-before-proxy",
    p42_cm_proxies_listed_as_names_only => "p42-cm-proxies-listed-as-names-only",
    p43_cm_list_of_present_under_role_headings => "p43-cm-list-of-present-under-role-headings",
    p44_cm_married_names_in_dash_list => "p44-cm-married-names-in-dash-list",
    p45_sm_arrival_after_function_without_brackets => "p45-sm-arrival-after-function-without-brackets",
    p46_cm_cut_name_inside_list => "p46-cm-cut-name-inside-list",
    p47_cm_ampersand_group_civilities => "p47-cm-ampersand-group-civilities",
    p48_cm_capitals_proxies_by_par => "p48-cm-capitals-proxies-by-par",
    p49_cm_groups_closed_by_their_role => "p49-cm-groups-closed-by-their-role",
    p50_cm_labels_without_colon_ditto_proxies => "p50-cm-labels-without-colon-ditto-proxies",
    p51_cc_titular_delegates_label_lone_given_name => "p51-cc-titular-delegates-label-lone-given-name",
    p52_ca_numbered_members_after_lone_label => "p52-ca-numbered-members-after-lone-label",
    p53_cm_proxies_given_respectively => "p53-cm-proxies-given-respectively",
    p54_cm_secretary_designation_is_no_vote => "p54-cm-secretary-designation-is-no-vote",
    p55_cm_counted_labels_dash_separated_names => "p55-cm-counted-labels-dash-separated-names",
    p56_cm_flattened_capitals_labels_without_colons => "p56-cm-flattened-capitals-labels-without-colons",
    p57_cm_web_page_line_break_tags => "p57-cm-web-page-line-break-tags",
    p58_cc_flattened_delegates_under_place_headings => "p58-cc-flattened-delegates-under-place-headings",
    p59_cc_flattened_commune_table_colons => "p59-cc-flattened-commune-table-colons",
    p60_cm_unlabelled_present_groups => "p60-cm-unlabelled-present-groups",
    p61_cm_group_civility_capital_typo => "p61-cm-group-civility-capital-typo",
    p62_cc_absent_labels_saying_proxies => "p62-cc-absent-labels-saying-proxies",
    p63_cc_proxies_dated_after_holders => "p63-cc-proxies-dated-after-holders",
    p64_sm_hyphenated_initials_without_dots => "p64-sm-hyphenated-initials-without-dots",
    p65_cc_presence_by_acts_codes => "p65-cc-presence-by-acts-codes",
    p66_cm_flattened_unlabelled_present_groups => "p66-cm-flattened-unlabelled-present-groups",
    p67_cc_communes_run_into_surname_first_list => "p67-cc-communes-run-into-surname-first-list",
    p68_si_roles_in_capitals_run_into_next_name => "p68-si-roles-in-capitals-run-into-next-name",
    p69_si_flattened_rows_across_paragraphs => "p69-si-flattened-rows-across-paragraphs",
    p70_cc_particle_before_commune_run_in => "p70-cc-particle-before-commune-run-in",
    p71_syndicat_communes_represented => "p71-syndicat-communes-represented",
    p72_cc_titulaires_by_commune_inline => "p72-cc-titulaires-by-commune-inline",
    p73_syndicat_blocks_by_member_body => "p73-syndicat-blocks-by-member-body",
    p74_syndicat_exception_proxy_holders_first => "p74-syndicat-exception-proxy-holders-first",
    p75_syndicat_commune_table_empty_rows => "p75-syndicat-commune-table-empty-rows",
    p76_cc_commune_heading_run_into_name => "p76-cc-commune-heading-run-into-name",
    p83_cm_proxies_received_dashes_and_clock_times => "p83-cm-proxies-received-dashes-and-clock-times",
    p84_cm_proxies_read_out_after_the_roll => "p84-cm-proxies-read-out-after-the-roll",
    p85_cc_holder_with_proxy_in_present_list_dated_heading => "p85-cc-holder-with-proxy-in-present-list-dated-heading",
    p86_cc_heading_date_against_belied_weekday => "p86-cc-heading-date-against-belied-weekday",
    p87_cm_proxies_given_respectively_in_their_name => "p87-cm-proxies-given-respectively-in-their-name",
    p88_cc_slash_group_civilities_margin_in_proxies => "p88-cc-slash-group-civilities-margin-in-proxies",
    p89_cm_lower_case_group_civilities => "p89-cm-lower-case-group-civilities",
    p90_sm_written_consultation_answers => "p90-sm-written-consultation-answers",
    p91_cc_title_run_into_unlabelled_list => "p91-cc-title-run-into-unlabelled-list",
    p92_cm_present_label_after_names_majority => "p92-cm-present-label-after-names-majority",
    p97_cm_arrivals_and_departures_as_nouns => "p97-cm-arrivals-and-departures-as-nouns",
    p93_cm_one_name_in_mixed_case_in_a_caps_list => "p93-cm-one-name-in-mixed-case-in-a-caps-list",
    p94_cc_communes_glued_before_their_delegates => "p94-cc-communes-glued-before-their-delegates",
    p95_cm_inclusive_label_and_group_functions_run_on => "p95-cm-inclusive-label-and-group-functions-run-on",
    p98_cc_flattened_table_absent_until_item => "p98-cc-flattened-table-absent-until-item",
    p99_cr_late_member_absent_for_first_item => "p99-cr-late-member-absent-for-first-item",
    p100_cm_colonless_labels_initials_dashes => "p100-cm-colonless-labels-initials-dashes",
    p101_cm_mixed_case_absent_before_caps_heading => "p101-cm-mixed-case-absent-before-caps-heading",
    p102_cc_proxies_after_slashed_group_civility => "p102-cc-proxies-after-slashed-group-civility",
    p103_cm_proxy_table_word_after_word => "p103-cm-proxy-table-word-after-word",
    p104_cc_inline_proxy_label_pairs_without_separators => "p104-cc-inline-proxy-label-pairs-without-separators",
    p105_sm_present_under_presidency_clause => "p105-sm-present-under-presidency-clause",
    p106_cm_married_name_function_proxy_excused_sentence => "p106-cm-married-name-function-proxy-excused-sentence",
    p111_cm_members_table_cut_in_a_civility => "p111-cm-members-table-cut-in-a-civility",
    p112_cc_list_cut_inside_a_name => "p112-cc-list-cut-inside-a-name",
    p107_cm_only_absent_listed_late_arrival => "p107-cm-only-absent-listed-late-arrival",
    p108_cc_dashed_lists_run_on_labels_blanked_surname => "p108-cc-dashed-lists-run-on-labels-blanked-surname",
    p109_ca_roll_call_sentence_presence_of => "p109-ca-roll-call-sentence-presence-of",
    p115_syndicat_present_label_qualified_commune_entries => "p115-syndicat-present-label-qualified-commune-entries",
    p116_cm_group_civilities_hyphenated_role_closing => "p116-cm-group-civilities-hyphenated-role-closing",
    p117_syndicat_members_with_their_body_after_a_dash => "p117-syndicat-members-with-their-body-after-a-dash",
    p118_cc_folio_number_before_the_title => "p118-cc-folio-number-before-the-title",
    p119_cc_members_by_commune_without_label => "p119-cc-members-by-commune-without-label",
    p120_syndicat_one_name_a_line_under_town_halls => "p120-syndicat-one-name-a-line-under-town-halls",
    p125_cm_compound_functions_in_one_line_list => "p125-cm-compound-functions-in-one-line-list",
    p126_cm_present_assisting_the_presidency => "p126-cm-present-assisting-the-presidency",
    p127_cm_list_read_on_past_unreadable_pieces => "p127-cm-list-read-on-past-unreadable-pieces",
    p128_cc_present_list_unlabelled_after_counts_box => "p128-cc-present-list-unlabelled-after-counts-box",
    p129_cm_present_by_role_groups_after_opening => "p129-cm-present-by-role-groups-after-opening",
    p130_cm_present_list_after_standing_headings => "p130-cm-present-list-after-standing-headings",
    p131_cm_all_members_present_then_named => "p131-cm-all-members-present-then-named",
    p132_cc_roster_of_titulars_then_present => "p132-cc-roster-of-titulars-then-present",
    p133_cm_roster_of_members_less_the_absent => "p133-cm-roster-of-members-less-the-absent",
    p134_syndicat_colleges_with_voices_in_the_list => "p134-syndicat-colleges-with-voices-in-the-list",
    p135_cc_present_without_vote_and_proxy_at_holder => "p135-cc-present-without-vote-and-proxy-at-holder",
    p136_syndicat_present_communes_named_only => "p136-syndicat-present-communes-named-only",
    p137_cc_surname_initials_closed_by_dashes => "p137-cc-surname-initials-closed-by-dashes",
    p143_cm_loose_list_dashes_and_roles => "p143-cm-loose-list-dashes-and-roles",
    p144_syndicat_present_word_without_colon => "p144-syndicat-present-word-without-colon",
    p138_syndicat_groups_headed_by_college_or_abbreviated_body => "p138-syndicat-groups-headed-by-college-or-abbreviated-body",
    q88_cc_present_by_mixed_case_commune_after_counts => "q88-cc-present-by-mixed-case-commune-after-counts",
    p139_cc_members_after_their_commune_with_role => "p139-cc-members-after-their-commune-with-role",
    s81_syndicat_members_with_body_codes_in_functions => "s81-syndicat-members-with-body-codes-in-functions",
    s82_cc_communes_run_into_names_before_civilities => "s82-cc-communes-run-into-names-before-civilities",
    p145_sivu_absent_bullets_civility_mixed_case => "p145-sivu-absent-bullets-civility-mixed-case",
    p146_syndicat_sentence_subject_after_absent_list => "p146-syndicat-sentence-subject-after-absent-list",
    p147_cm_no_list_president_and_secretary_only => "p147-cm-no-list-president-and-secretary-only",
    p149_cm_attended_under_the_presidency_roles_grouped => "p149-cm-attended-under-the-presidency-roles-grouped",
    p150_syndicat_voting_delegates_and_replaced_titulars => "p150-syndicat-voting-delegates-and-replaced-titulars",
    p210_cc_arrival_note_wrapped_onto_a_deliberation_line => "p210-cc-arrival-note-wrapped-onto-a-deliberation-line",
    p211_cm_proxies_of_grantors_pour_holders => "p211-cm-proxies-of-grantors-pour-holders",
    p212_cm_absent_leaving_after_giving_proxy => "p212-cm-absent-leaving-after-giving-proxy",
    p213_cc_flattened_standing_sublabel_convocations_sent => "p213-cc-flattened-standing-sublabel-convocations-sent",
    p214_cc_absent_present_for_a_while_then_proxy => "p214-cc-absent-present-for-a-while-then-proxy",
    p215_cm_page_title_item_present_label_without_colon => "p215-cm-page-title-item-present-label-without-colon",
    p216_cc_commune_note_left_open_before_next_member => "p216-cc-commune-note-left-open-before-next-member",
    p217_cm_no_list_assessors_of_the_mayor_election => "p217-cm-no-list-assessors-of-the-mayor-election",
    p218_ca_functions_of_administrators_holder_before_next_grantor => "p218-ca-functions-of-administrators-holder-before-next-grantor",
    p219_cm_roll_call_function_then_status_or_arrival => "p219-cm-roll-call-function-then-status-or-arrival",
    p220_cc_counts_box_woven_absent_count_then_vote_count => "p220-cc-counts-box-woven-absent-count-then-vote-count",
    p221_cm_proxy_sentences_wrapped_at_the_page_width => "p221-cm-proxy-sentences-wrapped-at-the-page-width",
    p222_syndicat_movements_wrapped_at_the_page_width => "p222-syndicat-movements-wrapped-at-the-page-width",
    p223_cc_counts_opening_the_line_after_their_labels => "p223-cc-counts-opening-the-line-after-their-labels",
    p224_cc_given_names_ending_the_line_before_their_family_names => "p224-cc-given-names-ending-the-line-before-their-family-names",
    p225_ca_delegates_by_commune_wrapped_after_separators => "p225-ca-delegates-by-commune-wrapped-after-separators",
    p226_cm_coded_headings_behind_a_symbol_bullet => "p226-cm-coded-headings-behind-a-symbol-bullet",
    p227_cm_whole_document_on_one_line_coded_deliberations => "p227-cm-whole-document-on-one-line-coded-deliberations",
    p153_cc_officers_assisting_the_presidency => "p153-cc-officers-assisting-the-presidency",
    p167_cc_delegates_with_functions_and_their_commune => "p167-cc-delegates-with-functions-and-their-commune",
    p168_cc_roll_call_by_commune_status_after_each_name => "p168-cc-roll-call-by-commune-status-after-each-name",
    p169_syndicat_initials_glued_communes_in_brackets => "p169-syndicat-initials-glued-communes-in-brackets",
    p170_syndicat_delegates_then_commune_in_capitals_no_separator => "p170-syndicat-delegates-then-commune-in-capitals-no-separator",
    q99_syndicat_table_names_bodies_observations_flattened => "q99-syndicat-table-names-bodies-observations-flattened",
    s95_cc_delegates_by_commune_pour_mixed_case_surnames => "s95-cc-delegates-by-commune-pour-mixed-case-surnames",
    p154_ca_organisation_before_each_member => "p154-ca-organisation-before-each-member",
    p175_cc_joined_heading_stretch_after_holder_other_participants => "p175-cc-joined-heading-stretch-after-holder-other-participants",
    p176_cc_headings_side_by_side_columns_told_by_proxies => "p176-cc-headings-side-by-side-columns-told-by-proxies",
    p177_syndicat_bureau_minutes_read_out_in_an_item => "p177-syndicat-bureau-minutes-read-out-in-an-item",
    p178_cc_surnames_parted_by_full_stops_over_lines => "p178-cc-surnames-parted-by-full-stops-over-lines",
    p179_syndicat_mixed_case_delegates_family_first_dash_commune => "p179-syndicat-mixed-case-delegates-family-first-dash-commune",
    p180_cc_delegates_in_brackets_after_communes_some_blanked => "p180-cc-delegates-in-brackets-after-communes-some-blanked",
    p181_syndicat_present_as_titulaires_and_as_substitute_singular_proxy_label => "p181-syndicat-present-as-titulaires-and-as-substitute-singular-proxy-label",
    p182_cc_delegates_by_commune_absent_joined_by_caps_et_proxies_from_a_commune => "p182-cc-delegates-by-commune-absent-joined-by-caps-et-proxies-from-a-commune",
    q100_syndicat_president_of_the_body_opens_after_heading_year => "q100-syndicat-president-of-the-body-opens-after-heading-year",
    q101_cm_side_box_counts_woven_into_proxies_written_x_a_y => "q101-cm-side-box-counts-woven-into-proxies-written-x-a-y",
    q102_cc_count_labels_and_figures_between_proxies => "q102-cc-count-labels-and-figures-between-proxies",
    q103_cc_initials_proxy_lines_roman_letter_before_secretary => "q103-cc-initials-proxy-lines-roman-letter-before-secretary",
    q104_cc_table_proxy_cells_holder_given_name_and_capitals => "q104-cc-table-proxy-cells-holder-given-name-and-capitals",
    q105_cm_proxy_table_verb_words_in_columns_qui_a_donne => "q105-cm-proxy-table-verb-words-in-columns-qui-a-donne",
    q106_cc_proxy_label_citing_the_law_in_brackets => "q106-cc-proxy-label-citing-the-law-in-brackets",
    q111_cm_given_name_jacques_in_an_arrival_note => "q111-cm-given-name-jacques-in-an-arrival-note",
    q112_cc_proxy_for_a_stretch_from_and_until_in_the_note => "q112-cc-proxy-for-a-stretch-from-and-until-in-the-note",
    q113_cm_present_stretch_then_proxy_with_a_coded_number => "q113-cm-present-stretch-then-proxy-with-a-coded-number",
    q114_cc_proxy_line_for_a_stretch_of_a_member_listed_present => "q114-cc-proxy-line-for-a-stretch-of-a-member-listed-present",
    q107_cm_proxies_represente_e_par_after_ont_donne_pouvoir => "q107-cm-proxies-represente-e-par-after-ont-donne-pouvoir",
    q108_cc_members_respectivement_delegue_leurs_mandats => "q108-cc-members-respectivement-delegue-leurs-mandats",
    q115_cc_excused_label_group_civility_before_colon_substitutes_remplacent => "q115-cc-excused-label-group-civility-before-colon-substitutes-remplacent",
    q116_cm_counted_status_rows_on_one_line_without_colon => "q116-cm-counted-status-rows-on-one-line-without-colon",
    q117_cc_agenda_first_then_proxies_read_out_glued_ordinal_date => "q117-cc-agenda-first-then-proxies-read-out-glued-ordinal-date",
    q118_cm_dashed_list_clock_arrival_then_next_member => "q118-cm-dashed-list-clock-arrival-then-next-member",
    q119_cm_counts_stacked_over_numbered_lists_proc_a => "q119-cm-counts-stacked-over-numbered-lists-proc-a",
    q120_cc_proxy_to_own_substitute_in_brackets => "q120-cc-proxy-to-own-substitute-in-brackets",
    q121_cm_rule_line_ends_absent_list => "q121-cm-rule-line-ends-absent-list",
    q122_cc_staff_label_assistants_ends_absent_list => "q122-cc-staff-label-assistants-ends-absent-list",
    q123_cc_proxies_opening_on_noun_de_grantor_a_holder => "q123-cc-proxies-opening-on-noun-de-grantor-a-holder",
    q124_cc_substitute_delegate_of_commune_in_brackets => "q124-cc-substitute-delegate-of-commune-in-brackets",
    q125_cm_excused_proxies_run_on_family_name_first => "q125-cm-excused-proxies-run-on-family-name-first",
    q126_cc_table_observation_a_donne_pouvoir_mixed_case_holder => "q126-cc-table-observation-a-donne-pouvoir-mixed-case-holder",
    q127_cm_family_name_le_maire_with_initial_in_capitals => "q127-cm-family-name-le-maire-with-initial-in-capitals",
    q128_cm_member_excused_by_sentence_after_list => "q128-cm-member-excused-by-sentence-after-list",
    q129_cc_excused_list_cut_inside_a_known_name => "q129-cc-excused-list-cut-inside-a-known-name",
    q130_syndicat_presided_in_the_absence_of_the_president => "q130-syndicat-presided-in-the-absence-of-the-president",
    q131_cm_present_label_then_box_of_counts_one_a_line => "q131-cm-present-label-then-box-of-counts-one-a-line",
    q132_cm_proxies_label_no_colon_civility_first => "q132-cm-proxies-label-no-colon-civility-first",
    q133_cm_margin_heading_words_inside_names => "q133-cm-margin-heading-words-inside-names",
    q134_syndicat_summary_of_titles_before_the_attendance => "q134-syndicat-summary-of-titles-before-the-attendance",
    q135_cc_bulleted_list_on_one_line_cut_inside_a_name => "q135-cc-bulleted-list-on-one-line-cut-inside-a-name",
    p206_cm_dashed_list_no_colon_proxy_notes_at_departure => "p206-cm-dashed-list-no-colon-proxy-notes-at-departure",
    p207_cc_groups_closed_by_function_and_stop_substitutes_label => "p207-cc-groups-closed-by-function-and-stop-substitutes-label",
    p208_ca_titulars_represented_by_their_substitute_inside_present => "p208-ca-titulars-represented-by-their-substitute-inside-present",
    p209_cc_present_label_glued_to_the_secretary_name_in_capitals => "p209-cc-present-label-glued-to-the-secretary-name-in-capitals",
    q92_cm_unreadable_entry_inside_dashed_list => "q92-cm-unreadable-entry-inside-dashed-list",
    q93_cm_bracketed_count_label_after_trailing_comma => "q93-cm-bracketed-count-label-after-trailing-comma",
    q94_cc_presidency_civility_and_name_apart_by_a_blank_line => "q94-cc-presidency-civility-and-name-apart-by-a-blank-line",
    p163_cc_present_label_quorum_clause_before_colon => "p163-cc-present-label-quorum-clause-before-colon",
    p164_cc_present_heading_then_members_lead_in_bullets => "p164-cc-present-heading-then-members-lead-in-bullets",
    p165_ot_present_and_excused_by_college_after_civilities => "p165-ot-present-and-excused-by-college-after-civilities",
    p166_cm_separators_decoded_as_letters_and_marks => "p166-cm-separators-decoded-as-letters-and-marks",
    q97_cc_bare_surnames_after_group_civility => "q97-cc-bare-surnames-after-group-civility",
    q98_cm_proxies_run_on_after_opening_sentence => "q98-cm-proxies-run-on-after-opening-sentence",
    s92_ca_organisation_cells_left_unread => "s92-ca-organisation-cells-left-unread",
    q89_syndicat_members_then_commune_after_colon => "q89-syndicat-members-then-commune-after-colon",
    p140_syndicat_college_count_taken_by_the_label => "p140-syndicat-college-count-taken-by-the-label",
    p96_cc_substitutes_deliberating_and_wrapped_grantors => "p96-cc-substitutes-deliberating-and-wrapped-grantors",
    p77_cm_absent_for_items_and_two_closed_stretches => "p77-cm-absent-for-items-and-two-closed-stretches",
    p78_cc_proxies_after_a_leading_sentence => "p78-cc-proxies-after-a-leading-sentence",
    p79_cm_decisions_in_paragraphs_before_the_items => "p79-cm-decisions-in-paragraphs-before-the-items",
    p80_cm_secretary_chosen_then_minutes_voted => "p80-cm-secretary-chosen-then-minutes-voted",
    p121_cc_delegates_by_commune_family_first_run_in => "p121-cc-delegates-by-commune-family-first-run-in",
    p122_syndicat_delegates_by_body_then_commune => "p122-syndicat-delegates-by-body-then-commune",
    p123_syndicat_titulaires_closed_by_a_stop => "p123-syndicat-titulaires-closed-by-a-stop",
    q01_cm_members_introduced_after_the_colon => "q01-cm-members-introduced-after-the-colon",
    q02_cm_bulleted_lists_under_bare_headings => "q02-cm-bulleted-lists-under-bare-headings",
    q03_cm_slash_lists_grouped_civilities_joined_together => "q03-cm-slash-lists-grouped-civilities-joined-together",
    q04_cm_capitals_proxies_with_a_secretary_proposed => "q04-cm-capitals-proxies-with-a-secretary-proposed",
    q05_cm_bracketed_holders_between_dashes => "q05-cm-bracketed-holders-between-dashes",
    q06_cc_aligned_sheet_commune_column_marks_by_column => "q06-cc-aligned-sheet-commune-column-marks-by-column",
    q07_cm_flattened_letterhead_secretary_after_semicolon => "q07-cm-flattened-letterhead-secretary-after-semicolon",
    q08_sm_members_in_brackets_after_communes => "q08-sm-members-in-brackets-after-communes",
    q09_cm_hyphenated_initials_before_surnames => "q09-cm-hyphenated-initials-before-surnames",
    q10_cm_counts_before_lists_initials_holders => "q10-cm-counts-before-lists-initials-holders",
    q11_cm_president_label_before_lists => "q11-cm-president-label-before-lists",
    q12_cm_register_heading_without_year => "q12-cm-register-heading-without-year",
    q13_cm_proxies_run_into_an_item_heading => "q13-cm-proxies-run-into-an-item-heading",
    q14_cm_surnames_joined_by_hyphens => "q14-cm-surnames-joined-by-hyphens",
    q15_cm_absent_headings_after_members_word => "q15-cm-absent-headings-after-members-word",
    q16_cm_holders_in_mixed_case => "q16-cm-holders-in-mixed-case",
    q17_cm_proxies_paired_respectively => "q17-cm-proxies-paired-respectively",
    q18_cm_proxies_run_on_mixed_case => "q18-cm-proxies-run-on-mixed-case",
    q19_sm_proxies_with_members_bodies => "q19-sm-proxies-with-members-bodies",
    q20_sm_surnames_by_stops_civility_unstopped => "q20-sm-surnames-by-stops-civility-unstopped",
    q21_cc_grantors_named_again_surname_only => "q21-cc-grantors-named-again-surname-only",
    q22_cc_excused_and_gave_proxy_label => "q22-cc-excused-and-gave-proxy-label",
    q23_sm_mixed_case_list_guest_in_capitals => "q23-sm-mixed-case-list-guest-in-capitals",
    q24_cc_substitutes_and_holders_listed_pour => "q24-cc-substitutes-and-holders-listed-pour",
    q25_cc_absent_counted_zero_before_title => "q25-cc-absent-counted-zero-before-title",
    q26_cc_absent_represented_by_substitute_named => "q26-cc-absent-represented-by-substitute-named",
    q27_cm_absent_headed_civilities_comma => "q27-cm-absent-headed-civilities-comma",
    q28_sm_given_name_alone_members_in_words => "q28-sm-given-name-alone-members-in-words",
    q29_cm_grantor_given_name_alone => "q29-cm-grantor-given-name-alone",
    q30_cc_former_canton_headings => "q30-cc-former-canton-headings",
    q31_cc_count_before_its_label_flattened => "q31-cc-count-before-its-label-flattened",
    q32_cc_substitutes_inside_present_list => "q32-cc-substitutes-inside-present-list",
    q33_cc_lost_apostrophe_small_particle => "q33-cc-lost-apostrophe-small-particle",
    q34_cm_given_name_before_blank_pdf_line => "q34-cm-given-name-before-blank-pdf-line",
    q35_cm_represented_functions_around_par => "q35-cm-represented-functions-around-par",
    q36_cc_titulars_present_count_out_of => "q36-cc-titulars-present-count-out-of",
    q37_cc_flattened_mark_table_comments => "q37-cc-flattened-mark-table-comments",
    q38_cc_flattened_marks_holder_initial => "q38-cc-flattened-marks-holder-initial",
    q39_syndicat_college_columns_holders_apart => "q39-syndicat-college-columns-holders-apart",
    q40_ca_page_numbers_before_preamble => "q40-ca-page-numbers-before-preamble",
    q41_cm_present_counted_holders_named => "q41-cm-present-counted-holders-named",
    q42_cm_proxy_civility_glued_to_name => "q42-cm-proxy-civility-glued-to-name",
    q43_syndicat_counts_box_woven_into_surnames => "q43-syndicat-counts-box-woven-into-surnames",
    q49_syndicat_caps_heading_ends_last_row => "q49-syndicat-caps-heading-ends-last-row",
    q50_bureau_grantors_family_first_no_holders => "q50-bureau-grantors-family-first-no-holders",
    q44_cc_ocr_garbled_given_names_in_a_list => "q44-cc-ocr-garbled-given-names-in-a-list",
    q58_ct_remote_sitting_after_function => "q58-ct-remote-sitting-after-function",
    q59_cm_dash_surnames_lost_separator => "q59-cm-dash-surnames-lost-separator",
    q60_cc_function_typo_outline_point => "q60-cc-function-typo-outline-point",
    q61_cc_communes_before_civility_semicolons => "q61-cc-communes-before-civility-semicolons",
    q62_cc_proxies_commune_before_civility => "q62-cc-proxies-commune-before-civility",
    q63_cc_surnames_cut_by_spaces_after_civility => "q63-cc-surnames-cut-by-spaces-after-civility",
    q64_cc_members_grouped_by_role_no_label => "q64-cc-members-grouped-by-role-no-label",
    q69_cg_titles_after_civility_flattened => "q69-cg-titles-after-civility-flattened",
    q70_sm_member_bodies_in_caps_before_civility => "q70-sm-member-bodies-in-caps-before-civility",
    q73_cc_holder_notes_counted_one => "q73-cc-holder-notes-counted-one",
    q74_cm_absent_counted_with_without_proxy => "q74-cm-absent-counted-with-without-proxy",
    q75_cm_proxies_told_in_prose_no_list => "q75-cm-proxies-told-in-prose-no-list",
    q65_cm_dash_list_then_prose_with_civilities => "q65-cm-dash-list-then-prose-with-civilities",
    q66_cm_two_column_headings_then_lists => "q66-cm-two-column-headings-then-lists",
    q67_syndicat_roll_call_at_installation => "q67-syndicat-roll-call-at-installation",
    q68_syndicat_members_with_body_codes => "q68-syndicat-members-with-body-codes",
    q76_cm_numbered_secretary_holder_proxies => "q76-cm-numbered-secretary-holder-proxies",
    q77_cc_proxy_twice_commune_glued_to_holder => "q77-cc-proxy-twice-commune-glued-to-holder",
    q78_cc_proxies_read_around_the_keyword => "q78-cc-proxies-read-around-the-keyword",
    q79_ept_absent_list_with_bracketed_proxies_cut => "q79-ept-absent-list-with-bracketed-proxies-cut",
    q80_cc_represented_by_proxy_holder_cut => "q80-cc-represented-by-proxy-holder-cut",
    q81_cm_proxies_comma_before_a_president_grantor => "q81-cm-proxies-comma-before-a-president-grantor",
    q82_cm_proxies_dash_before_the_verb => "q82-cm-proxies-dash-before-the-verb",
    q83_cm_proxies_passive_lead_in_cut => "q83-cm-proxies-passive-lead-in-cut",
    q84_cc_proxy_sentences_over_lines_no_list => "q84-cc-proxy-sentences-over-lines-no-list",
    q85_syndicat_grantor_function_and_commune => "q85-syndicat-grantor-function-and-commune",
    q86_cm_presence_by_items_listed => "q86-cm-presence-by-items-listed",
    q87_cm_represented_grantor_plural_except_items => "q87-cm-represented-grantor-plural-except-items",
    q96_cm_present_label_then_margin_label_names_unread => "q96-cm-present-label-then-margin-label-names-unread",
    s75_cm_page_number_before_the_title => "s75-cm-page-number-before-the-title",
    s76_cc_absent_standing_said_in_full => "s76-cc-absent-standing-said-in-full",
    s77_cm_date_after_colon_secretary_chosen_for => "s77-cm-date-after-colon-secretary-chosen-for",
    s78_cc_counts_box_in_service_weekday_comma => "s78-cc-counts-box-in-service-weekday-comma",
    s79_cc_substitutes_without_vote_staff_present_again => "s79-cc-substitutes-without-vote-staff-present-again",
    s80_cc_president_given_first_given_name_alone => "s80-cc-president-given-first-given-name-alone",
    s85_syndicat_assembly_dated_en_date_du_below_its_title => "s85-syndicat-assembly-dated-en-date-du-below-its-title",
    s86_syndicat_seats_labels_stacked_above_their_figures => "s86-syndicat-seats-labels-stacked-above-their-figures",
    s87_syndicat_secretary_named_en_tant_que => "s87-syndicat-secretary-named-en-tant-que",
    s88_cm_secretary_elected_in_the_active_voice => "s88-cm-secretary-elected-in-the-active-voice",
    s89_cm_sentence_subjects_after_excused_list => "s89-cm-sentence-subjects-after-excused-list",
    p159_cm_news_post_byline_elected_count_secretary_accepts => "p159-cm-news-post-byline-elected-count-secretary-accepts",
    p160_cm_transcript_page_numbers_minutes_named_in_a_sentence => "p160-cm-transcript-page-numbers-minutes-named-in-a-sentence",
    p161_syndicat_minutes_title_dated_bare_secretary_in_a_sentence => "p161-syndicat-minutes-title-dated-bare-secretary-in-a-sentence",
    p162_ca_excused_and_holders_two_columns_row_by_row => "p162-ca-excused-and-holders-two-columns-row-by-row",
    p171_cm_proxies_run_together_holders_given_first => "p171-cm-proxies-run-together-holders-given-first",
    p172_cc_proxy_table_rows_dated_under_headings => "p172-cc-proxy-table-rows-dated-under-headings",
    s96_cc_represented_by_substitutes_apart_from_proxies => "s96-cc-represented-by-substitutes-apart-from-proxies",
    p173_cc_proxies_under_pouvoir_donne_singular => "p173-cc-proxies-under-pouvoir-donne-singular",
    s97_syndicat_bulleted_excused_then_cut_paragraph => "s97-syndicat-bulleted-excused-then-cut-paragraph",
    p174_syndicat_two_sittings_status_letters_by_date => "p174-syndicat-two-sittings-status-letters-by-date",
    p183_ca_absents_represented_or_replaced_compound_given => "p183-ca-absents-represented-or-replaced-compound-given",
    p184_cm_excused_label_with_procuration_name_first => "p184-cm-excused-label-with-procuration-name-first",
    p185_cc_caps_proxies_in_surnames_list_verb_slip => "p185-cc-caps-proxies-in-surnames-list-verb-slip",
    p186_syndicat_bracketed_movements_by_deliberation_cut => "p186-syndicat-bracketed-movements-by-deliberation-cut",
    p187_cm_proxies_written_twice_holder_slip_secretary_clause => "p187-cm-proxies-written-twice-holder-slip-secretary-clause",
    s98_cc_substitutes_in_present_and_replaced_by_in_excused => "s98-cc-substitutes-in-present-and-replaced-by-in-excused",
    s99_cc_present_except_a_run_of_reports => "s99-cc-present-except-a-run-of-reports",
    s100_syndicat_substitutes_label_opening_its_line_after_proxies => "s100-syndicat-substitutes-label-opening-its-line-after-proxies",
    s101_cm_minutes_in_capitals_secretary_sentence => "s101-cm-minutes-in-capitals-secretary-sentence",
    q51_cm_holders_told_in_paragraphs => "q51-cm-holders-told-in-paragraphs",
    q55_cc_proxies_grouped_by_commune => "q55-cc-proxies-grouped-by-commune",
    r01_cm_surnames_proxy_sentences_unlabelled => "r01-cm-surnames-proxy-sentences-unlabelled",
    r02_cc_flattened_columns_labels_without_colons => "r02-cc-flattened-columns-labels-without-colons",
    r03_cm_numbered_sheet_proxy_column_lost => "r03-cm-numbered-sheet-proxy-column-lost",
    r04_cc_communes_substitutes_represented_by => "r04-cc-communes-substitutes-represented-by",
    r05_cc_commune_column_before_colons => "r05-cc-commune-column-before-colons",
    r06_cm_clock_time_movements_grouped_proxies => "r06-cm-clock-time-movements-grouped-proxies",
    r07_cm_one_absent_then_sentence => "r07-cm-one-absent-then-sentence",
    r08_cc_initials_communes_proxies_inside_present => "r08-cc-initials-communes-proxies-inside-present",
    p188_cc_bureau_present_column_marks_commune_cells => "p188-cc-bureau-present-column-marks-commune-cells",
    p189_cc_present_absent_letters_one_name_moved => "p189-cc-present-absent-letters-one-name-moved",
    p190_cm_side_box_counts_woven_inclusive_labels => "p190-cm-side-box-counts-woven-inclusive-labels",
    p191_cc_staff_present_after_secretary => "p191-cc-staff-present-after-secretary",
    p192_cc_flattened_communes_family_first => "p192-cc-flattened-communes-family-first",
    p193_cc_communes_blanked_dots_colons_civility => "p193-cc-communes-blanked-dots-colons-civility",
    p194_cc_excused_communes_proxies_after_commune => "p194-cc-excused-communes-proxies-after-commune",
    p195_cc_present_by_commune_semicolons_cut => "p195-cc-present-by-commune-semicolons-cut",
    p196_cc_excused_donnant_pouvoir_unnamed_substitute => "p196-cc-excused-donnant-pouvoir-unnamed-substitute",
    p197_cm_family_initial_entries_without_separators => "p197-cm-family-initial-entries-without-separators",
    p198_cc_communes_in_capitals_before_civilities_no_colon => "p198-cc-communes-in-capitals-before-civilities-no-colon",
    p199_syndicat_rows_of_member_bodies_dot_leaders => "p199-syndicat-rows-of-member-bodies-dot-leaders",
    p200_syndicat_numbered_rows_flattened => "p200-syndicat-numbered-rows-flattened",
    p201_cc_commune_rows_without_colons_empty_rows => "p201-cc-commune-rows-without-colons-empty-rows",
    p202_cc_numbered_commune_rows_delegates_legend => "p202-cc-numbered-commune-rows-delegates-legend",
    r09_cc_delegates_grouped_by_place_proxies => "r09-cc-delegates-grouped-by-place-proxies",
    r10_comite_sheet_one_cell_a_line => "r10-comite-sheet-one-cell-a-line",
    r11_cc_page_title_heading_before_minutes => "r11-cc-page-title-heading-before-minutes",
    r12_cm_dotted_initials_staff_attending => "r12-cm-dotted-initials-staff-attending",
    r13_cm_one_paragraph_date_and_hour_presidency_of_the_maire => "r13-cm-one-paragraph-date-and-hour-presidency-of-the-maire",
    r14_syndicat_lost_spaces_glued_label => "r14-syndicat-lost-spaces-glued-label",
    r15_cm_proxy_sentence_after_the_secretary => "r15-cm-proxy-sentence-after-the-secretary",
    r16_cm_excerpt_cut_in_a_proxy => "r16-cm-excerpt-cut-in-a-proxy",
    r17_cm_slash_list_surname_initial => "r17-cm-slash-list-surname-initial",
    r18_syndicat_blanked_commune_guests_present_tense => "r18-syndicat-blanked-commune-guests-present-tense",
    r19_cc_ranges_by_agenda_item_oj => "r19-cc-ranges-by-agenda-item-oj",
    r20_cm_extract_counts_box_in_the_head => "r20-cm-extract-counts-box-in-the-head",
    r21_syndicat_second_sitting_after_quorum_failed => "r21-syndicat-second-sitting-after-quorum-failed",
    r22_cm_preamble_year_cut_at_a_hyphen => "r22-cm-preamble-year-cut-at-a-hyphen",
    r23_metropole_council_count_without_accents => "r23-metropole-council-count-without-accents",
    r24_cm_box_of_counts_elus_one_cell_a_line => "r24-cm-box-of-counts-elus-one-cell-a-line",
    r25_cc_installation_counts_in_sentences => "r25-cc-installation-counts-in-sentences",
    r26_cc_present_counted_so_many_of => "r26-cc-present-counted-so-many-of",
    r27_cc_initials_proxy_lines_before_the_secretary => "r27-cc-initials-proxy-lines-before-the-secretary",
    r28_cc_secretary_designated_by_the_council_curly_apostrophe => "r28-cc-secretary-designated-by-the-council-curly-apostrophe",
    r29_cm_lone_count_for_under_each_title => "r29-cm-lone-count-for-under-each-title",
    r30_cm_counts_box_on_the_heading_line => "r30-cm-counts-box-on-the-heading-line",
    r31_ca_proxy_cells_column_and_counts_below_labels => "r31-ca-proxy-cells-column-and-counts-below-labels",
    r32_cc_bare_headings_alone_on_their_lines => "r32-cc-bare-headings-alone-on-their-lines",
    r33_cm_accented_letters_dropped_by_extraction => "r33-cm-accented-letters-dropped-by-extraction",
    r34_cm_secretary_named_mixed_case_after_capitals_list => "r34-cm-secretary-named-mixed-case-after-capitals-list",
    r35_cm_proxies_run_together_in_capitals => "r35-cm-proxies-run-together-in-capitals",
    r36_cc_proxies_family_first_run_together_in_capitals => "r36-cc-proxies-family-first-run-together-in-capitals",
    r37_cm_three_word_names_in_capitals => "r37-cm-three-word-names-in-capitals",
    r38_cm_mademoiselle_in_capitals => "r38-cm-mademoiselle-in-capitals",
    r39_cm_accents_dropped_curly_apostrophes_and_non_breaking_spaces => "r39-cm-accents-dropped-curly-apostrophes-and-non-breaking-spaces",
    grand_besancon_bureau_2023_10_26 => "grand-besancon-bureau-2023-10-26",
    s01_cm_pv_long => "s01-cm-pv-long",
    s02_bureau_markdown => "s02-bureau-markdown",
    s03_cm_layout_two_columns => "s03-cm-layout-two-columns",
    s04_cm_extrait_ocr_crlf => "s04-cm-extrait-ocr-crlf",
    s05_cm_covid_2021 => "s05-cm-covid-2021",
    s06_cd_commission_permanente => "s06-cd-commission-permanente",
    s07_conseil_regional => "s07-conseil-regional",
    s08_cm_second_convocation => "s08-cm-second-convocation",
    s09_cc_words => "s09-cc-words",
    s10_cc_pv_long_departures => "s10-cc-pv-long-departures",
    s11_cm_tally_mismatch => "s11-cm-tally-mismatch",
    s12_cm_interested_voted => "s12-cm-interested-voted",
    s13_cm_proxy_overlap => "s13-cm-proxy-overlap",
    s14_syndicat_markdown_table => "s14-syndicat-markdown-table",
    s15_cc_absent_represented_by => "s15-cc-absent-represented-by",
    s16_cm_slashed_names_numbered_adjoints => "s16-cm-slashed-names-numbered-adjoints",
    s17_cc_commune_headings_with_links => "s17-cc-commune-headings-with-links",
    s18_syndicat_delegates_place_then_stop => "s18-syndicat-delegates-place-then-stop",
    s19_cm_margin_count_inside_flat_list => "s19-cm-margin-count-inside-flat-list",
    s20_bureau_title_dash_weekday => "s20-bureau-title-dash-weekday",
    s21_cm_margin_before_preamble => "s21-cm-margin-before-preamble",
    s22_cc_seats_and_office_guests_after_secretary => "s22-cc-seats-and-office-guests-after-secretary",
    s23_cc_proxy_noun_without_preposition => "s23-cc-proxy-noun-without-preposition",
    s24_cm_web_page_formatting_tags => "s24-cm-web-page-formatting-tags",
    s25_cm_line_breaks_removed => "s25-cm-line-breaks-removed",
    s26_cm_secretary_named_in_capitals => "s26-cm-secretary-named-in-capitals",
    s27_cm_movements_with_proxies_in_head => "s27-cm-movements-with-proxies-in-head",
    s28_cm_secretary_sentence_after_proxy_note => "s28-cm-secretary-sentence-after-proxy-note",
    s29_cm_vote_for_only => "s29-cm-vote-for-only",
    s30_arrondissement_opening_majority_formula => "s30-arrondissement-opening-majority-formula",
    s31_bureau_represented_list_name_alone => "s31-bureau-represented-list-name-alone",
    s32_cm_particles_in_capitals => "s32-cm-particles-in-capitals",
    s33_cm_margin_subcount_read_as_name => "s33-cm-margin-subcount-read-as-name",
    s34_cc_delegates_table_marked_by_legend => "s34-cc-delegates-table-marked-by-legend",
    s35_cm_written_proxy_to_vote_in_name => "s35-cm-written-proxy-to-vote-in-name",
    s36_cc_secretary_appointed_with_consent => "s36-cc-secretary-appointed-with-consent",
    s37_sm_titulars_absent_replaced_by_substitutes => "s37-sm-titulars-absent-replaced-by-substitutes",
    s38_sm_place_heading_cut_before_its_link => "s38-sm-place-heading-cut-before-its-link",
    s39_cc_delegates_with_commune_elided_after_dash => "s39-cc-delegates-with-commune-elided-after-dash",
    s40_cc_star_bullets_sitting_label => "s40-cc-star-bullets-sitting-label",
    s41_syndicat_sector_table_bracketed_codes => "s41-syndicat-sector-table-bracketed-codes",
    s42_cc_surnames_with_dotless_initials => "s42-cc-surnames-with-dotless-initials",
    s43_cc_titular_and_voting_substitute_headings => "s43-cc-titular-and-voting-substitute-headings",
    s44_sm_members_grouped_by_body_listed_twice => "s44-sm-members-grouped-by-body-listed-twice",
    s45_sm_delegates_grouped_by_sector_heading => "s45-sm-delegates-grouped-by-sector-heading",
    s46_assembly_roll_call_pipe_rows => "s46-assembly-roll-call-pipe-rows",
    s47_cm_vote_delegated_citing_the_law => "s47-cm-vote-delegated-citing-the-law",
    s48_cc_absent_then_present_stretch_note => "s48-cc-absent-then-present-stretch-note",
    s49_cc_substitute_called_to_sit => "s49-cc-substitute-called-to-sit",
    s50_cc_surnames_that_are_sentence_words => "s50-cc-surnames-that-are-sentence-words",
    s51_cm_proxies_under_scope_headings => "s51-cm-proxies-under-scope-headings",
    s52_cc_leaves_at_a_time_giving_a_proxy => "s52-cc-leaves-at-a-time-giving-a-proxy",
    s53_cm_proxy_table_mandants_mandataires => "s53-cm-proxy-table-mandants-mandataires",
    s54_cm_extract_dated_by_its_deliberation_title => "s54-cm-extract-dated-by-its-deliberation-title",
    s55_syndicat_transcription_page_dated_by_its_preamble => "s55-syndicat-transcription-page-dated-by-its-preamble",
    s56_cm_secretary_run_into_the_first_speaker => "s56-cm-secretary-run-into-the-first-speaker",
    s57_cc_secretary_designated_in_its_item => "s57-cc-secretary-designated-in-its-item",
    s58_ca_bureau_counts_column_after_stacked_labels => "s58-ca-bureau-counts-column-after-stacked-labels",
    s59_cm_secretaries_designated_by_the_code_article => "s59-cm-secretaries-designated-by-the-code-article",
    s60_bureau_delegate_of_commune_lines => "s60-bureau-delegate-of-commune-lines",
    s61_cc_ocr_garbled_labels => "s61-cc-ocr-garbled-labels",
    s67_cc_council_of_community_weekday_heading => "s67-cc-council-of-community-weekday-heading",
    s68_cm_heading_without_year_dated_by_tributes => "s68-cm-heading-without-year-dated-by-tributes",
    s69_cc_secretary_designation_approved_as_secretary => "s69-cc-secretary-designation-approved-as-secretary",
    s70_cm_counted_secretary_election_then_minutes => "s70-cm-counted-secretary-election-then-minutes",
    s71_syndicat_glued_extraction_year_and_votes => "s71-syndicat-glued-extraction-year-and-votes",
    s72_cc_absence_ranges_among_excused => "s72-cc-absence-ranges-among-excused",
    s73_ept_represented_initial_holder_town_column => "s73-ept-represented-initial-holder-town-column",
    s74_cc_three_column_table_slash_codes => "s74-cc-three-column-table-slash-codes",
    s62_cg_flattened_labels_glued_to_names => "s62-cg-flattened-labels-glued-to-names",
    s63_cm_numbered_list_margin_woven => "s63-cm-numbered-list-margin-woven",
    w01_cm_whole_untitled_items_furniture => "w01-cm-whole-untitled-items-furniture",
    w02_cm_whole_parts_voted_by_line => "w02-cm-whole-parts-voted-by-line",
    w03_cm_whole_vote_lines_wrapped_names => "w03-cm-whole-vote-lines-wrapped-names",
    w04_cm_summary_of_decisions_bullets => "w04-cm-summary-of-decisions-bullets",
    invalid_binary => "invalid/binary",
    invalid_empty => "invalid/empty",
    invalid_latin1 => "invalid/latin1",
    invalid_not_a_deliberation => "invalid/not-a-deliberation",
}

#[test]
fn every_fixture_has_its_test() {
    let mut found = Vec::new();
    for dir in ["", "invalid/"] {
        for entry in std::fs::read_dir(fixtures_dir().join(dir)).expect("fixtures directory") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let stem = path.file_stem().expect("a name").to_string_lossy();
                found.push(format!("{dir}{stem}"));
            }
        }
    }
    found.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "the fixtures! list in tests/integration/fixtures.rs names every fixture"
    );
    assert!(
        found.len() >= 45,
        "expected the seed and the corpus in fixtures/, found {} texts",
        found.len()
    );
    for known in known_failures() {
        assert!(
            FIXTURES.contains(&known.as_str()),
            "tests/integration/known-failures.txt names {known}, which is no fixture"
        );
    }
}

/// `text` without the HTML formatting tags normalising leaves out
/// ("BER<strong>DE</strong>T").
fn without_tags(text: &str) -> String {
    ["strong", "b", "em", "i", "u", "mark", "sup", "sub"]
        .iter()
        .flat_map(|t| [format!("<{t}>"), format!("</{t}>")])
        .fold(text.to_string(), |s, tag| s.replace(&tag, ""))
}

#[test]
fn spans_point_at_what_was_read() {
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("text");
        let doc = parse_fixture(&path);
        let people = doc
            .attendance
            .present
            .iter()
            .map(|p| &p.person)
            .chain(doc.attendance.absent.iter().map(|a| &a.person))
            .chain(
                doc.attendance
                    .proxies
                    .iter()
                    .flat_map(|p| std::iter::once(&p.grantor).chain(&p.holder)),
            );
        for p in people {
            // (As normalising reads it: ligatures spelled out, a web
            // page's formatting tags left out.)
            let read = without_tags(
                &p.span
                    .text(&text)
                    .to_lowercase()
                    .replace('œ', "oe")
                    .replace('æ', "ae"),
            );
            assert_eq!(
                p.span.text(&text),
                p.text,
                "{}: text of {:?}",
                path.display(),
                p.family_name
            );
            // A role ("M. le Maire") stands for the president's name.
            let role = ["le maire", "la maire", "le président", "la présidente"]
                .iter()
                .any(|r| read.contains(r));
            for word in p
                .family_name
                .split([' ', '-'])
                .filter(|w| !role && w.chars().count() > 1)
            {
                assert!(
                    read.contains(&word.to_lowercase()),
                    "{}: span {:?} does not contain the family name {:?}",
                    path.display(),
                    read,
                    p.family_name
                );
            }
        }
        for a in doc.deliberations.iter().flat_map(|d| &d.amounts) {
            assert_eq!(
                a.span.text(&text),
                a.text,
                "{}: amount span",
                path.display()
            );
        }
    }
}
