//! The native module `deliberation._native`, which the pure-Python package
//! `deliberation` wraps (its `__init__.py` re-exports these functions and
//! adds the flat tables).
//!
//! It holds no logic of its own: each function calls the library's
//! `Options::new().validate(..).parse(..)` (or `parse_bytes` for `bytes`)
//! and hands the document to Python as the contract's JSON, built directly
//! as dicts and lists. Parsing always runs with the GIL released; only the
//! conversion to Python objects holds it.

mod convert;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use deliberation::{Document, Error, Options};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyList, PyString};

create_exception!(
    deliberation,
    ParseError,
    PyValueError,
    "The input cannot be used at all (empty, binary, with none of the marks \
     of a deliberation, or page furniture only, as a scan's text layer).\n\n\
     `kind` names the reason (\"empty\", \"binary\", \"not_a_deliberation\", \
     \"no_text\"), `str(error)` says what was expected and what was found, \
     and `index` is the input's position when `parse_many` raised it (else \
     None)."
);

/// One input as Python gave it, readable without the GIL.
enum Input {
    Text(PyBackedStr),
    Bytes(PyBackedBytes),
}

impl Input {
    fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
        if obj.is_instance_of::<PyString>() {
            Ok(Input::Text(obj.extract()?))
        } else if obj.is_instance_of::<PyBytes>() || obj.is_instance_of::<PyByteArray>() {
            Ok(Input::Bytes(obj.extract()?))
        } else {
            let found = obj.get_type().name()?;
            Err(PyTypeError::new_err(format!(
                "expected str or bytes, found {found}"
            )))
        }
    }

    fn parse(&self, options: &Options) -> Result<Document, Error> {
        match self {
            Input::Text(text) => options.parse(text),
            Input::Bytes(bytes) => options.parse_bytes(bytes),
        }
    }
}

/// The `ParseError` for `error`, with its `kind`, and `index` when it comes
/// from one input of many.
fn parse_error(py: Python<'_>, error: &Error, index: Option<usize>) -> PyErr {
    let err = ParseError::new_err(error.to_string());
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail short of
    // memory exhaustion, which Python reports by itself.
    let _ = value.setattr("kind", kind_name(error));
    let _ = value.setattr("index", index);
    err
}

/// The error kind's variant name in snake case: `NotADeliberation { .. }`
/// gives "not_a_deliberation". Read from `Debug` so that a kind the library
/// adds later gets its name without a change here.
fn kind_name(error: &Error) -> String {
    let debug = format!("{:?}", error.kind());
    let variant = debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let mut name = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                name.push('_');
            }
            name.extend(c.to_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

/// The document as the contract's JSON, built as Python dicts and lists.
fn to_python(py: Python<'_>, doc: &Document) -> PyResult<Py<PyAny>> {
    Ok(convert::to_python(py, doc)?.unbind())
}

fn options(validate: bool) -> Options {
    Options::new().validate(validate)
}

/// Parse one deliberation text into the contract's JSON, as dicts and lists.
///
/// `text` is a `str`, or `bytes` decoded as the library's `parse_bytes`
/// does (a finding says when they were not UTF-8). Spans are byte offsets
/// into the UTF-8 text: pass the file's bytes, or a `str` read with
/// `newline=""`, to keep them pointing into the file. With `validate` (the default) the
/// validator's checks fill `doc["validation"]`.
///
/// Raises `ParseError` (a `ValueError`) for input that cannot be used at
/// all, `TypeError` for anything but `str` or `bytes`. The GIL is released
/// while parsing.
///
/// >>> import deliberation
/// >>> doc = deliberation.parse(
/// ...     "Séance du 26 octobre 2023\n"
/// ...     "Membres en exercice : 3\n"
/// ...     "Etaient présents : M. Yves LAVIGOT, Mme Marie CASANARDOT\n"
/// ...     "Etait absent : M. René FENIGOT\n"
/// ...     "Procuration : M. René FENIGOT à M. Yves LAVIGOT\n"
/// ...     "Adopté à l'unanimité. Pour : 3 Contre : 0\n")
/// >>> doc["meeting"]["date"], doc["meeting"]["members_in_office"]
/// ('2023-10-26', 3)
/// >>> [p["person"]["family_name"] for p in doc["attendance"]["present"]]
/// ['LAVIGOT', 'CASANARDOT']
/// >>> doc["attendance"]["proxies"][0]["holder"]["text"]
/// 'M. Yves LAVIGOT'
/// >>> vote = doc["deliberations"][0]["vote"]
/// >>> vote["for"], vote["against"], vote["unanimous"], vote["outcome"]
/// (3, 0, True, 'adopted')
/// >>> deliberation.parse("   ")
/// Traceback (most recent call last):
/// ...
/// deliberation.ParseError: expected the text of a deliberation, found only whitespace
#[pyfunction]
#[pyo3(signature = (text, validate = true))]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>, validate: bool) -> PyResult<Py<PyAny>> {
    let input = Input::extract(text)?;
    let options = options(validate);
    match py.detach(|| input.parse(&options)) {
        Ok(doc) => to_python(py, &doc),
        Err(e) => Err(parse_error(py, &e, None)),
    }
}

/// Parse one deliberation text into the contract's JSON, as a `str`.
///
/// The same document as `parse`, serialised by the library: what the
/// `parse` example prints with `--format json`, on one line. Cheaper than
/// `parse` when the JSON is to be stored as it is (a JSON-lines file, a
/// column), dearer than `parse` if it is then read back with `json.loads`.
///
/// >>> import deliberation, json
/// >>> text = "Séance du 2 juin 2016\nPrésents : M. Jean DUPONT\nPour : 1 Contre : 0"
/// >>> json.loads(deliberation.parse_json(text)) == deliberation.parse(text)
/// True
#[pyfunction]
#[pyo3(signature = (text, validate = true))]
fn parse_json(py: Python<'_>, text: &Bound<'_, PyAny>, validate: bool) -> PyResult<String> {
    let input = Input::extract(text)?;
    let options = options(validate);
    let doc = py
        .detach(|| input.parse(&options))
        .map_err(|e| parse_error(py, &e, None))?;
    serde_json::to_string(&doc).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Python's cycle collector, paused while `parse_many` builds documents and
/// resumed when this is dropped, whatever way the call ends.
///
/// Documents hold no reference cycles, but each is some 170 dicts and lists
/// that the collector would scan again and again as the batch grows: on
/// 4,450 fixture documents kept in one list it cost 150 µs a document, more
/// than half the parse, and all of it on the converting thread.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // `gc.enable()` cannot fail.
            let _ = gc.call_method0("enable");
        }
    }
}

/// What `parse_many` does with an input that cannot be used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Return,
}

/// Parse many texts on `jobs` threads; the documents come back in input order.
///
/// `texts` is any iterable of `str` or `bytes` (read whole before parsing
/// starts). `jobs` defaults to the number of cores; `jobs - 1` threads
/// parse without the GIL while the calling thread turns finished documents
/// into dicts (and parses too when none is waiting), so other Python
/// threads keep running. The result equals
/// `[parse(t, validate) for t in texts]`.
///
/// With `errors="raise"` (the default) the first unusable input, in input
/// order, raises its `ParseError` (its `index` says which) and the rest are
/// not parsed; with `errors="return"` its place in the list holds the
/// `ParseError` instead of a document, so that one bad file does not stop a
/// batch. Ctrl-C stops the batch (`KeyboardInterrupt`).
///
/// >>> import deliberation
/// >>> texts = ["Séance du 2 juin 2016\nPrésents : M. Jean DUPONT\nPour : 1 Contre : 0", ""]
/// >>> docs = deliberation.parse_many(texts, jobs=2, errors="return")
/// >>> docs[0]["meeting"]["date"]
/// '2016-06-02'
/// >>> docs[1]
/// ParseError('expected the text of a deliberation, found only whitespace')
/// >>> docs[1].kind, docs[1].index
/// ('empty', 1)
#[pyfunction]
#[pyo3(signature = (texts, jobs = None, validate = true, errors = "raise"))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    validate: bool,
    errors: &str,
) -> PyResult<Py<PyList>> {
    let on_error = match errors {
        "raise" => OnError::Raise,
        "return" => OnError::Return,
        other => {
            return Err(PyValueError::new_err(format!(
                "expected errors=\"raise\" or \"return\", found {other:?}"
            )));
        }
    };
    let jobs = match jobs {
        Some(0) => {
            return Err(PyValueError::new_err(
                "expected jobs to be at least 1, found 0",
            ));
        }
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let inputs = texts
        .try_iter()?
        .enumerate()
        .map(|(i, item)| {
            Input::extract(&item?)
                .map_err(|e| PyTypeError::new_err(format!("texts[{i}]: {}", e.value(py))))
        })
        .collect::<PyResult<Vec<Input>>>()?;
    let options = options(validate);
    let _paused = GcPause::new(py)?;
    let mut results: Vec<Option<Py<PyAny>>> = Vec::new();
    results.resize_with(inputs.len(), || None);
    // The first unusable input, in input order, when errors="raise".
    let mut first_error: Option<(usize, Error)> = None;
    // Stores one result: true when it is an error to raise, and the document
    // itself, to be freed by the thread that made it.
    let mut store = |py: Python<'_>, i: usize, result: Result<Document, Error>| {
        match result {
            Ok(doc) => {
                results[i] = Some(to_python(py, &doc)?);
                return Ok((false, Some(doc)));
            }
            Err(e) if on_error == OnError::Return => {
                results[i] = Some(parse_error(py, &e, Some(i)).into_value(py).into_any());
            }
            Err(e) => {
                if first_error.as_ref().is_none_or(|(j, _)| i < *j) {
                    first_error = Some((i, e));
                }
                return Ok((true, None));
            }
        }
        Ok::<(bool, Option<Document>), PyErr>((false, None))
    };
    let jobs = jobs.min(inputs.len()).max(1);
    if jobs == 1 {
        for (i, input) in inputs.iter().enumerate() {
            let result = py.detach(|| input.parse(&options));
            if store(py, i, result)?.0 {
                break;
            }
            py.check_signals()?;
        }
    } else {
        // `jobs - 1` workers parse without the GIL and send each document
        // here; this thread turns them into Python objects, the only work
        // that needs the GIL, and parses inputs itself whenever none is
        // waiting. So `jobs` threads run, no more, and no thread ever waits
        // for the GIL. The channels are bounded: memory stays flat whatever
        // the count. (Measured under real-time priority on two cores, before
        // the collector pause: 1.44 times a loop of `parse` with two workers
        // and this thread only converting, 1.60 with each worker converting
        // under the GIL, 1.72 so; the CLI got 1.79 from its second thread.)
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let (tx, rx) = mpsc::sync_channel::<(usize, usize, Result<Document, Error>)>(jobs * 4);
        // A `Receiver` is not `Sync`; the lock, never contended, lets the
        // GIL-free wait below borrow it.
        let rx = Mutex::new(rx);
        // Each document goes back to the worker that made it to be freed
        // there: freeing memory that another thread allocated costs more.
        let (returns, returned): (Vec<_>, Vec<_>) = (1..jobs)
            .map(|_| mpsc::sync_channel::<Document>(jobs * 8))
            .unzip();
        let take = || {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let i = next.fetch_add(1, Ordering::Relaxed);
            inputs.get(i).map(|input| (i, input))
        };
        std::thread::scope(|scope| {
            for (worker, returned) in returned.into_iter().enumerate() {
                let (tx, options) = (tx.clone(), &options);
                scope.spawn(move || {
                    while let Some((i, input)) = take() {
                        returned.try_iter().for_each(drop);
                        if tx.send((worker, i, input.parse(options))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let receiver = || rx.lock().expect("receiver lock");
            // Whether this thread still takes inputs to parse.
            let mut parsing = true;
            let mut outcome = Ok(());
            loop {
                let (worker, i, result) = if parsing {
                    let ready = receiver().try_recv();
                    match ready {
                        Ok(message) => message,
                        Err(_) => match take() {
                            Some((i, input)) => {
                                (usize::MAX, i, py.detach(|| input.parse(&options)))
                            }
                            None => {
                                parsing = false;
                                continue;
                            }
                        },
                    }
                } else {
                    match py.detach(|| receiver().recv()) {
                        Ok(message) => message,
                        // Every worker is done and every document stored.
                        Err(_) => break,
                    }
                };
                let stored = store(py, i, result).map(|(failed, doc)| {
                    if let (Some(doc), Some(back)) = (doc, returns.get(worker)) {
                        // A worker that has stopped no longer frees: this thread does.
                        let _ = back.try_send(doc);
                    }
                    failed
                });
                match stored.and_then(|failed| py.check_signals().map(|()| failed)) {
                    // Inputs are handed out in order, so every input before a
                    // failed one is already taken and will still arrive.
                    Ok(failed) => {
                        if failed {
                            stop.store(true, Ordering::Relaxed);
                        }
                    }
                    Err(e) => {
                        stop.store(true, Ordering::Relaxed);
                        outcome = Err(e);
                        break;
                    }
                }
            }
            // Workers still sending see the receiver gone and stop.
            drop(rx);
            outcome
        })?;
    }
    if let Some((i, e)) = first_error {
        return Err(parse_error(py, &e, Some(i)));
    }
    let items = results
        .into_iter()
        .map(|r| r.expect("every input parsed when none failed"));
    Ok(PyList::new(py, items)?.unbind())
}

/// The native half of the `deliberation` package.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add("SCHEMA_VERSION", deliberation::SCHEMA_VERSION)?;
    Ok(())
}
