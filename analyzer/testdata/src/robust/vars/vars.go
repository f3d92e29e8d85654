// Package vars declares package-level variables initialized by // want package:"constructs"
// constructions: code symbols, with a fact each.
package vars

type APIError struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

func (e *APIError) Error() string { return e.Message }

func NewError(httpCode, errorCode int, msg string) error { return nil }

// BadRequest is a wrapper of this package.
func BadRequest(code int) error { // want BadRequest:"wrapper\\(status=400 code=arg0\\)"
	return NewError(400, code, "")
}

var ErrSingle = NewError(400, 40000001, "") // want ErrSingle:"code\\(40000001\\)"

var (
	ErrA             = NewError(400, 40000002, "")                               // want ErrA:"code\\(40000002\\)"
	ErrB, ErrC       = NewError(401, 40100001, ""), &APIError{403, 40300001, ""} // want ErrB:"code\\(40100001\\)" ErrC:"code\\(40300001\\)"
	ErrD       error = NewError(404, 40400001, "")                               // want ErrD:"code\\(40400001\\)"
	ErrParen         = (NewError(404, 40400002, ""))                             // want ErrParen:"code\\(40400002\\)"
	ErrLit           = APIError{ErrorCode: 41200001}                             // want ErrLit:"code\\(41200001\\)"
	ErrPtr           = &(APIError{ErrorCode: 41200002})                          // want ErrPtr:"code\\(41200002\\)"
	ErrWrapped       = BadRequest(40000003)                                      // want ErrWrapped:"code\\(40000003\\)"
	ErrWrong         = NewError(401, 40000004, "")                               // want ErrWrong:"code\\(40000004\\)" `status 401 does not match error code 40000004 \(registered with 400\)`
	ErrUnknown       = NewError(400, 40000099, "")                               // want ErrUnknown:"code\\(40000099\\)" `error code 40000099 is not registered in the catalog`
)

// Not code symbols: no construction, no constant code, or not one value
// per name.
var (
	ErrDynamic     = NewError(400, dyn(), "")
	NotConstructed = 40000001
	X, Y           = pair()
	ErrFunc        = func() error { return NewError(400, 40000005, "") }()
	ErrSlice       = []error{NewError(400, 40000005, "")}
)

func dyn() int { return 1 }

func pair() (int, int) { return 1, 2 } // want pair:"results\\(1,2\\)"

func local() {
	var errLocal = NewError(400, 40000001, "")
	_ = errLocal
}
