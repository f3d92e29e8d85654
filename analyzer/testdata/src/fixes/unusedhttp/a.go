package unusedhttp // want package:"constructs"

import (
	"errors"
	"net/http"
)

func NewError(httpCode, errorCode int, msg string) error { return errors.New(msg) }

func f() {
	// 499 has no constant in net/http: the fix writes the number and
	// removes the import it leaves unused.
	_ = NewError(http.StatusBadRequest, 49900001, "") // want `status 400 does not match error code 49900001` `error code 49900001 is not registered`
}
