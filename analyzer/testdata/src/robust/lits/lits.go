// Package lits builds heuristic structs with every kind of composite // want package:"constructs"
// literal.
package lits

type APIError struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

// Alias names the same type.
type Alias = APIError

// Outer holds an error.
type Outer struct {
	Err  APIError
	PErr *APIError
}

// Embeds embeds the error type: it has no status or code field itself.
type Embeds struct {
	APIError
	Extra int
}

// StatusOnly has a field named Status, which struct heuristics leave out
// (too common), and an ErrorCode: not recognized.
type StatusOnly struct {
	Status    int
	ErrorCode int
}

func good() {
	_ = APIError{401, 40100002, "x"}
	_ = APIError{HTTPCode: 401, ErrorCode: 40100002}
	_ = APIError{}
	_ = APIError{Message: "only a message"}
	_ = APIError{HTTPCode: 401}
	_ = StatusOnly{Status: 400, ErrorCode: 40100002}
	_ = struct{ HTTPCode, ErrorCode int }{400, 40100002}
}

func bad() {
	_ = APIError{400, 40100002, "x"}                                          // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = &APIError{400, 40100002, ""}                                          // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = &APIError{ErrorCode: 40100002, HTTPCode: 400}                         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = APIError{ErrorCode: 40000099}                                         // want `^error code 40000099 is not registered in the catalog`
	_ = Alias{HTTPCode: 400, ErrorCode: 40100002}                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = []APIError{{400, 40100002, ""}, {HTTPCode: 500, ErrorCode: 40400001}} // want `status 400 does not match error code 40100002` `status 500 does not match error code 40400001`
	_ = []*APIError{{400, 40100002, ""}}                                      // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = [...]APIError{{HTTPCode: 400, ErrorCode: 40100002}}                   // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = map[string]APIError{"a": {400, 40100002, ""}}                         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = map[APIError]int{{400, 40100002, ""}: 1}                              // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = map[string]*APIError{"a": {400, 40100002, ""}}                        // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = [][]APIError{{{400, 40100002, ""}}}                                   // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Outer{Err: APIError{400, 40100002, ""}}                               // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Outer{PErr: &APIError{400, 40100002, ""}}                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Embeds{APIError: APIError{400, 40100002, ""}}                         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = Embeds{APIError{400, 40100002, ""}, 1}                                // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = []Alias{{400, 40100002, ""}}                                          // want `status 400 does not match error code 40100002 \(registered with 401\)`
}
