// Package plugin is the golangci-lint v2 module plugin of errcodecheck.
//
// It registers a linter named errcodecheck with
// github.com/golangci/plugin-module-register. The plugin is a thin door
// into package analyzer: its settings are the keys of .errcodecheck.yml
// (catalog, code-digits, prefix-rule, heuristics, namespaces,
// constructors, checks, severity, ...), decoded and validated once when golangci-lint starts; an
// unknown key or a bad value stops golangci-lint with a message naming the
// key. The linter needs type information (load mode typesinfo): constant
// values, callees and cross-package facts come from the type checker.
//
// Each issue's text starts with its check's name, as staticcheck's start
// with "SA1000:", "status-mismatch: status 400 does not match ...", so
// that //nolint reasons and exclusion rules (linters.exclusions.rules with
// text: "^message-mismatch: ") can pick a check; the checks setting
// chooses them as in .errcodecheck.yml. golangci-lint keeps one issue per
// line by default: set issues.uniq-by-line: false to see a second finding
// of a line. golangci-lint's own severity rules decide the levels it
// reports; errcodecheck's severity setting is validated but does not
// change golangci-lint's exit status.
//
// # Building golangci-lint with the plugin
//
// Module plugins are compiled into a custom golangci-lint binary. Describe
// the binary in .custom-gcl.yml at the root of your module:
//
//	version: v2.15.0
//	name: custom-gcl            # the binary; the default name
//	destination: ./bin          # default: the current directory
//	plugins:
//	  - module: github.com/errcodecheck/errcodecheck
//	    import: github.com/errcodecheck/errcodecheck/plugin
//	    version: v0.1.0         # a released version; or path: ../errcodecheck for a checkout
//
// and build it with
//
//	golangci-lint custom
//
// which clones golangci-lint at the given version, adds a blank import of
// the plugin package to its main package, and builds ./bin/custom-gcl.
// Run that binary instead of golangci-lint: custom-gcl run ./...
//
// Inside this repository, go run ./scripts/golangci builds the same binary
// from the working tree without cloning golangci-lint's git repository
// (the Go module proxy is enough); the plugin's end-to-end test uses it.
//
// # Configuring the linter
//
// Enable the linter and give its settings in .golangci.yml. The settings
// are exactly the keys of .errcodecheck.yml (see package analyzer); a
// relative catalog path is resolved against the directory golangci-lint
// runs in. With no settings at all (none, or settings: {}) the linter is
// configured as the command is with no -config: by the nearest
// .errcodecheck.yml above each package, else the module's own catalog at a
// conventional place, else the embedded catalog, which then reports only
// the codes it registers.
//
//	version: "2"
//	linters:
//	  enable:
//	    - errcodecheck
//	  settings:
//	    custom:
//	      errcodecheck:
//	        type: module
//	        description: HTTP error codes checked against the error-code catalog
//	        original-url: https://github.com/errcodecheck/errcodecheck
//	        settings:
//	          catalog: docs/errcodes.md
//	          namespaces:
//	            - name: user
//	              packages: ["example.com/shop/user/..."]
//	            - name: platform
//	              packages: ["example.com/shop/platform/..."]
//	          constructors:
//	            - func: example.com/shop/apierr.New
//	              status: 0
//	              code: 1
//	              message: 2
//
// Under golangci-lint, .errcodecheck.yml files are not read: the settings
// above are the whole configuration, for every package.
//
// golangci-lint caches results by package contents, its own version and
// the linter settings, but not by the content of the catalog file the
// settings name: after editing the catalog, run golangci-lint cache clean
// (the embedded catalog is part of the binary and needs nothing).
//
// # Reports and suppression
//
// Findings are reported under the linter name errcodecheck, with the
// analyzer's messages (the check's category is not part of golangci-lint's
// report). Silence one with golangci-lint's
//
//	//nolint:errcodecheck // reason
//
// or with the analyzer's own //errcodecheck:ignore REASON directive, which
// works the same with every driver.
package plugin
