package withimport // want package:"constructs"

import (
	"fmt"
	nethttp "net/http"
)

func NewError(httpCode, errorCode int, msg string) error { return fmt.Errorf("%d %d %s", httpCode, errorCode, msg) }

func f() {
	_ = NewError(nethttp.StatusBadRequest, 40100002, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, 41200003, "")                      // want `status 400 does not match error code 41200003 \(registered with 412\)`
}
