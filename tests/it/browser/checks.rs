//! What a page visit can check besides the page's own behaviour: a phone-sized screenshot
//! (saved for people to look at, and checked to be one), and axe-core's WCAG 2.1 A and AA rules.

use super::webdriver::{Chrome, VIEWPORT, skip};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn repo_target() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target")
}

/// Screenshots of one test, saved as `target/screenshots/<test>-<page>.png`.
pub struct Shots(pub String);

impl Shots {
    /// Save the screen as the patient sees it and check it is a PNG of the whole phone screen.
    pub async fn take(&self, chrome: &Chrome, page: &str) {
        let path = repo_target().join("screenshots").join(format!("{}-{page}.png", self.0));
        let png = chrome.screenshot(&path).await;
        let screen = chrome.execute("return [innerWidth, innerHeight, devicePixelRatio];", json!([])).await;
        let css = (screen[0].as_u64().unwrap_or(0) as u32, screen[1].as_u64().unwrap_or(0) as u32);
        assert_eq!(css, VIEWPORT, "{page}: the page does not fill a 390×844 phone screen (no viewport meta?)");
        let ratio = screen[2].as_f64().expect("devicePixelRatio");
        let expected = ((css.0 as f64 * ratio).round() as u32, (css.1 as f64 * ratio).round() as u32);
        let size = png_size(&png).unwrap_or_else(|| panic!("{} is not a PNG", path.display()));
        assert_eq!(size, expected, "{}: screenshot size", path.display());
        assert_eq!(std::fs::metadata(&path).expect("saved").len(), png.len() as u64);
    }
}

/// Width and height from a PNG's IHDR chunk, which the format puts first.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    let signature: &[u8] = b"\x89PNG\r\n\x1a\n";
    if png.len() < 24 || &png[..8] != signature || &png[12..16] != b"IHDR" {
        return None;
    }
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    Some((be(16), be(20)))
}

/// axe-core's source, injected into each page it checks.
pub struct Axe(String);

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))
  }))}))
  .catch(e => done({error: String(e)}));
"#;

impl Axe {
    /// From `$PORTICO_AXE_JS` or `target/npm/node_modules/axe-core/axe.min.js` (where .ci/run
    /// installs it); `None` (printed) when absent and not required.
    pub fn load() -> Option<Axe> {
        let path = std::env::var_os("PORTICO_AXE_JS")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo_target().join("npm/node_modules/axe-core/axe.min.js"));
        match std::fs::read_to_string(&path) {
            Ok(source) => Some(Axe(source)),
            Err(e) => {
                skip(&format!(
                    "axe-core is not at {} ({e}); npm install --prefix target/npm axe-core@4, or set PORTICO_AXE_JS",
                    path.display()
                ));
                None
            }
        }
    }

    /// Run the WCAG 2.1 A and AA rules on the current page; one line per violation and node.
    pub async fn violations(&self, chrome: &Chrome, page: &str) -> Vec<String> {
        let loaded = chrome.execute(&format!("{}\n;return typeof axe.run;", self.0), json!([])).await;
        assert_eq!(loaded, "function", "axe-core did not load on {page}");
        let result = chrome.execute_async(RUN_AXE, json!([])).await;
        assert!(result["error"].is_null(), "axe-core failed on {page}: {}", result["error"]);
        assert!(result["passes"].as_u64().unwrap_or(0) > 0, "axe-core checked nothing on {page}: {result}");
        let mut out = vec![];
        for v in result["violations"].as_array().expect("violations") {
            let s = |x: &Value| x.as_str().unwrap_or_default().to_string();
            out.push(format!("{page}: {} ({}): {} <{}>", s(&v["id"]), s(&v["impact"]), s(&v["help"]), s(&v["url"])));
            for n in v["nodes"].as_array().into_iter().flatten() {
                out.push(format!(
                    "    {}  {}\n      {}",
                    s(&n["target"]),
                    s(&n["html"]),
                    s(&n["summary"]).replace('\n', "\n      ")
                ));
            }
        }
        out
    }
}

#[test]
fn png_size_reads_the_ihdr_chunk_and_refuses_anything_else() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&1170u32.to_be_bytes());
    png.extend_from_slice(&2532u32.to_be_bytes());
    assert_eq!(png_size(&png), Some((1170, 2532)));
    assert_eq!(png_size(&png[..20]), None);
    png[1] = b'Q';
    assert_eq!(png_size(&png), None);
}
