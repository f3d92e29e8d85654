// Package httpx is a go-zero style response writer: the status goes to // want package:"constructs"
// WriteJson, the code to a body built by Error (a code-only construction).
package httpx

// Writer is a response writer.
type Writer interface{ Write([]byte) (int, error) }

// Body is an error body.
type Body struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

// Error builds a body: configured with code and message, no status.
func Error(code int, msg string) *Body { return &Body{code, msg} }

// WriteJson writes v with status code: configured with status: 1 and
// code: 2, nested: its argument 2 is a construction.
func WriteJson(w Writer, code int, v any) {}
