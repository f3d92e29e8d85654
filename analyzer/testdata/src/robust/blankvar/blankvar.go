// Package blankvar initializes blank package-level variables with // want package:"constructs"
// constructions. Nobody can refer to a blank variable, so it is no code
// symbol and gets no fact (regression: each got a code(...) fact that was
// exported, encoded and carried to every importing package).
package blankvar

func NewError(httpCode, errorCode int, msg string) error { return nil }

var _ = NewError(400, 40000005, "")

var (
	_, _   = NewError(400, 40000001, ""), NewError(400, 40000002, "")
	ErrOne = NewError(400, 40000003, "") // want ErrOne:"code\\(40000003\\)"
)
