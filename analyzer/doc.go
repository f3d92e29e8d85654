// Package analyzer is errcodecheck's go/analysis analyzer: it checks every
// construction of an HTTP error against an error-code catalog.
//
// # Catalog
//
// A catalog is a Markdown table of errors, each with an HTTP status, a
// business code and a name (see package catalog for the format). Without
// configuration the module's own catalog is used when it has one at a
// conventional place, else the catalog embedded in this module
// (namespaces user, 8 codes, and platform, 48 codes); see "With no
// configuration".
//
// # Checks
//
// Every diagnostic carries its check's name as its category:
//
//   - unknown-code: a constant code is not registered in the catalog (in
//     the package's namespace, when it belongs to one; else in any
//     namespace). Likely typos name the closest registered codes.
//   - status-mismatch: a constant HTTP status differs from the code's
//     registered status (for an unregistered code of the catalog's width
//     under the prefix rule: from its first three digits). The suggested fix replaces the status
//     with the net/http constant, adding the import when needed.
//   - namespace: a package of namespace P refers, anywhere, to a code
//     symbol of another namespace U: a constant declared in a package of U
//     whose value is registered in U, or a package-level variable of U
//     initialized by a construction with such a constant code.
//   - message-mismatch: a constant message equals the catalog name of a
//     different entry than the code used. The fix puts the code's own name.
//   - symbol-mismatch: a code symbol (package-level constant, or variable
//     initialized by a construction) is named by the catalog's identifier
//     column for one code but holds another registered code, as two
//     swapped constants do. The fix puts the identifier's code in place of
//     a literal value.
//   - status-conflict: no catalog needed; a code the catalog does not
//     register (and the prefix rule does not govern) is constructed with
//     different constant statuses. The sites of the less common statuses
//     are reported, naming the most common one, its count and its first
//     site; a tie reports nothing. The standalone command counts the
//     whole program; other drivers count a package and its imports
//     through a package fact, so only the importing side is reported
//     (and an ignore directive naming status-conflict alone is not
//     reported as useless there).
//   - directive: a malformed //errcodecheck:constructor directive, one
//     outside a function's doc comment, a near miss of a directive
//     (misspelled, "// errcodecheck:", capitals, a colon after the name, a
//     block comment), or an //errcodecheck:ignore or file-ignore without a
//     reason, naming an unknown check, or that silences nothing.
//   - unused-code (whole program only): a catalog entry that no analyzed
//     package constructs, refers to or compares, reported at its catalog
//     line. The standalone command runs it with -unused (Preloader.Unused,
//     then Preloader.Findings after the analysis); go vet and
//     golangci-lint, which see one package at a time, do not. Entries
//     with a used-elsewhere marker, success codes and the embedded
//     example catalog are not reported.
//
// With Preloader.Inventory the analyzer also exports, for each function
// and method, the codes it can produce (directly, through the code
// symbol variables it refers to, through the functions it calls, across
// packages by facts), and BuildInventory merges the uses and codes of a
// run's packages: errcodecheck -inventory.
//
// Each check is one record (Checks, CheckByName): name, title, default
// severity, README anchor, help and an example. The analyzer's Doc, the
// command's -help and -explain, the README's check sections and the SARIF
// rules are made from it.
//
// One mistake gets one finding: a code symbol of another namespace whose
// value the package's namespace does not register is reported by
// namespace alone, not also as unknown-code (which still reports the
// same number written as a literal).
//
// # Choosing checks and severities
//
// The config key checks (and the -checks flag, comma-separated, which
// replaces it) is a staticcheck-style list: "all", a check's name, or
// "-NAME" to switch one off; later entries win; a list whose first entry
// is "-NAME" starts from all. An unknown name is a config error with file,
// line and key. A switched-off check reports nothing, and an ignore
// directive for it is not reported as useless (ignores apply first).
//
//	checks: ["all", "-message-mismatch"]
//	severity:
//	  namespace: warning
//
// The severity key sets a check's severity, error or warning (default:
// error, directive warning). The analyzer itself reports every finding
// alike; the standalone command uses the severity for SARIF levels and
// its exit status (warnings alone exit 0 unless -strict), through
// Preloader.Severity. Under golangci-lint, golangci-lint's own severity
// rules apply; the plugin prefixes each message with its check's name
// ("namespace: ...").
//
// A config file's errors are all reported at once. When a config does
// not load, the package in the file's own directory fails with every
// message, the other packages it governs with the first message and a
// pointer to the rest: under go vet, one process per package, the list is
// not repeated for each.
//
// Values are read as Go constants through the type checker: literals,
// named and typed constants from any package, arithmetic, conversions,
// iota and net/http's StatusXxx. Non-constant values are never reported.
//
// # What counts as a construction
//
//  1. Configured constructors: functions and methods named in the config
//     with the positions (index or parameter name) of status, code and
//     message.
//  2. Configured struct types: composite literals, by field name.
//  3. Directives: a function whose doc comment has
//     //errcodecheck:constructor status=PARAM code=PARAM [message=PARAM];
//     status=400 fixes the status of every call. Directives work across
//     packages (facts).
//  4. Inferred wrappers: a function that passes its own parameters,
//     unchanged, as the code (and status or message) of a construction is a
//     constructor for its callers in every package (facts, as the printf
//     analyzer infers printf wrappers). A wrapper that passes a constant
//     status carries it (BadRequest(code) -> status 400); one that derives
//     the status from the code is code-only. A parameter that is reassigned
//     or whose address is taken disqualifies.
//  5. Naming heuristics (on by default; -heuristics=false or the config key
//     heuristics: false turns them off): functions with a status parameter
//     named httpCode, httpStatus (HTTPStatus), httpStatusCode, statusCode
//     or status and a code parameter named code, errorCode, errCode,
//     bizCode, businessCode, errno or retCode, both of an integer type
//     (signed, unsigned or a named integer type); a string parameter
//     msg/message/errMsg/errorMessage is the message. Both names are
//     needed: a lone code or status is no constructor. The status may be
//     variadic (func New(code uint32, msg string, httpCode ...int)); a call
//     without it has no status to check. Struct literals count with fields
//     named the same way, except that a field named just Status does not
//     count as the status. Names compare ignoring case. Wrappers of
//     heuristic constructors are inferred too.
//
// # Constructor shapes
//
// Configured constructors describe the shapes real services use:
//
//   - default-status: 200 gives the status of a call that passes none (a
//     variadic status parameter left out, none at all, or a status key
//     missing from a literal); the call is checked with it.
//   - INDEX.KEY positions (code: 1.code, message: 1.msg) name the value at
//     a key inside the composite literal passed as that argument: a map
//     literal with that constant string key (gin.H), or a struct literal's
//     field of that name or json tag.
//   - fixed-code: 100001 is the code every call builds (code is then not
//     needed); status and message are checked against its entry.
//   - nested: true says the code argument holds a code-only construction
//     (WriteJson(w, 400, Error(code, msg))), checked with the outer status.
//
// The top-level success-codes lists codes that are no errors (0, 200): no
// check reports them. Statuses and codes flow through locals assigned
// exactly once and never address-taken (s, c := 400, 40000001), and
// through functions whose every return is constant in at least two
// integer positions (s, c := bind(); New(c, "", s); New(bind())): each
// returned pair is checked, across packages by a fact on the function.
//
// A position that can never hold a constant integer (a status or code of
// type any, error, a struct or a string; a message that cannot be a
// string), one argument named for two values, a key that no literal of the
// parameter's type can have, or a default-status that every call
// overrides is a config error naming the file, line and key.
//
// # Mappers
//
// A mapper derives the status from the code in Go: a function or method
// switching over the code with a constant status returned per case, or a
// package variable holding a map literal from code to status. It is named
// in the config (the mappers key, with func or var items) or marked with
// //errcodecheck:mapper in its doc comment. Each case and entry is checked
// against the catalog where it is written. Case values are constants or
// code symbols (V, V.Code, V.Code() for a variable initialized by a
// construction with a constant code).
//
// A mapper method, or a mapper function whose first parameter has a named
// type, is linked to that type by a fact: a code-only construction whose
// static type is that type (or a pointer to it) and whose code has no case
// is checked against the mapper's default status (the default clause, or
// the return after the switch), in any package. A missing configured
// mapper, or one with no constant case, is a config error; a directive on
// one is a directive diagnostic.
//
// # Configuration
//
// One file, .errcodecheck.yml, is found by walking up from each package's
// directory (memoized per directory), or given with -config. The same keys
// are the golangci-lint plugin's settings.
//
//	catalog: docs/errcodes.md        # relative to this file, or go:PKGPATH; default: embedded
//	code-digits: 8                   # or "any"; overrides the catalog's rules
//	prefix-rule: true
//	heuristics: true
//	namespaces:                      # a list of name + go list patterns
//	  - name: user
//	    packages: ["example.com/shop/user/..."]
//	  - name: platform
//	    packages: ["example.com/shop/platform/..."]
//	checks: ["all", "-message-mismatch"]   # see "Choosing checks"
//	severity: {namespace: warning}
//	constructors:
//	  - func: example.com/shop/apierr.New       # types.Func.FullName form
//	    status: 0
//	    code: 1
//	    message: 2
//	  - func: "(*example.com/shop/web.Context).Fail"
//	    status: status
//	    code: code
//	    message: msg
//	  - type: example.com/shop/apierr.Error     # composite literals
//	    status: HTTPCode
//	    code: ErrorCode
//	    message: Message
//	  - func: example.com/shop/apierr.Quiet     # Quiet(code uint32, msg string, status ...int)
//	    code: code
//	    message: msg
//	    status: status
//	    default-status: 200
//	  - func: "(*github.com/gin-gonic/gin.Context).JSON"
//	    status: 0
//	    code: 1.code                            # gin.H{"code": ...} or Resp{Code: ...}
//	  - func: example.com/shop/xerr.NewErrMsg
//	    fixed-code: 100001
//	    message: 0
//	  - func: example.com/shop/httpx.WriteJson
//	    status: 1
//	    code: 2
//	    nested: true                            # WriteJson(w, 400, Error(code, msg))
//	success-codes: [0, 200]
//	mappers:
//	  - func: "(*example.com/shop/apierr.Error).StatusCode"
//	  - var: example.com/shop/apierr.statusByCode
//
// Package patterns follow go list ("x/..." matches x and below); x_test
// belongs where x belongs; the most specific matching pattern wins and two
// equally specific ones of different namespaces are an error, and so is one
// pattern listed in two namespaces. Unknown keys,
// bad patterns (anything go list could not match, such as x/*), namespaces
// missing from the catalog, and constructors that name no function, type,
// parameter or field of their package are errors naming the file, line and
// key: a typo never switches a check off. A constructor whose package lies
// in the config's own module (the nearest go.mod above the config) must
// name a directory with Go files; one of another module that no analyzed
// package imports is reported after a standalone run. A code-digits or
// prefix-rule the catalog's codes do not fit is one error naming the key.
// A config is one YAML document (a second "---" is an error); syntax
// errors name a line; a config must be a regular file of at most 1 MiB.
//
// # A catalog in Go
//
// "catalog: go:PKGPATH" makes a Go package the catalog. Its entries are
// read from its type-checked syntax: every HTTP-error construction at
// package level (a var's initializer, an init function) with a constant
// status and code, recognized as any construction is (Name: the constant
// message; Ident: the var), and every package-level map literal of
// constant integer keys and constant strings (one entry per key; Ident: the
// key's constant; the status from a map literal of integer values, else by
// the prefix rule). The entries are validated as a Markdown catalog's are
// (catalog.FromEntries), with problems at the Go file and line, by the
// rules digits=8 prefix=on with code-digits and prefix-rule applied; they
// are in the one namespace "default". The catalog package exports them as
// a package fact, which its importers take and pass on; a package that
// does not import it, and has something to check, loads it with
// go/packages from the config's directory, once per analyzer
// (LoadGoCatalog reads it the same way for other tools). A package that
// does not load or yields no entry is an error.
//
// # With no configuration
//
// With no .errcodecheck.yml above a package's directory (and no -config),
// the project's own catalog is looked for at the root of the package's
// module, the directory of the nearest go.mod: ErrorCode.md, errcodes.md,
// error_codes.md, 错误码.md (CatalogNames), then the same names in docs/,
// the first found in that order (FindCatalog). Names are compared ignoring
// case, so that the answer does not depend on the file system; of two
// spellings in one directory the exact one wins, else the first in byte
// order. The catalog found is used as "catalog: FILE" alone would use it;
// one that does not load is an error, as in a config.
//
// When there is none, the embedded catalog stands in, and since it does
// not know the project's codes, only the codes it registers are checked:
// an unregistered code is reported neither as unknown-code nor, by its
// prefix, as status-mismatch. A foreign project (6-digit codes, or 8-digit
// codes of another scheme) gets no findings until it names its catalog.
// A config file, even an empty one, is a choice: with it the embedded
// catalog is checked in full.
//
// Packages of modules in the module cache (a dependency analyzed for its
// facts) are never searched for a catalog. The standalone command says on
// standard error which catalog it uses where no config was found, once
// (NewPreloaded, Preloader.Preload); under go vet nothing is said, and the
// module's catalog is part of the tool's build ID.
//
// # Flags
//
//	-config FILE      use FILE for every package instead of searching
//	-heuristics=false turn naming heuristics off (overrides the config)
//	-generated        also report in generated files (skipped by default)
//	-checks LIST      run these checks (all, NAME, -NAME), replacing the config's checks
//
// # Directives
//
//	//errcodecheck:constructor status=PARAM code=PARAM [message=PARAM] [default-status=NNN]
//	//errcodecheck:mapper
//	//errcodecheck:ignore [CHECK,...] REASON
//	//errcodecheck:file-ignore [CHECK,...] REASON
//
// In a constructor directive, status=NNN fixes the status and code=NNN the
// code of every call; default-status=NNN is the status of a call that
// passes none to a variadic status parameter. A parameter that can never
// hold its value, or one named twice, makes the directive malformed.
//
// An ignore directive at the end of a line silences that line's
// diagnostics; one on a line of its own silences the next line's too. The
// reason is required, and a directive that silences nothing is reported.
// A first word that is a check's name or a comma-separated list of them
// is a check list, and only those checks are silenced; so is a lowercase
// hyphenated word, so that a misspelled check ("status-mismach") is reported
// rather than read as a reason that silences every check. A file-ignore,
// anywhere in a file, silences those checks (or all) in the whole file,
// as staticcheck's //lint:file-ignore does. golangci-lint's own
// suppression comments work too, naming the linter errcodecheck.
//
// Directives are written exactly so: a line comment, no space after //,
// lowercase. A near miss (//errcodecheck:constructr, // errcodecheck:ignore,
// //errcodecheck:Constructor, //errcodecheck:ignore:, /* errcodecheck:ignore */)
// and an unknown //errcodecheck:NAME are directive diagnostics naming the
// form meant, as is a constructor directive outside a function's doc
// comment.
package analyzer
