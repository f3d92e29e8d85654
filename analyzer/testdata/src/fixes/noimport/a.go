package noimport // want package:"constructs"

import (
	"errors"
)

func NewError(httpCode, errorCode int, msg string) error { return errors.New(msg) }

func f() {
	_ = NewError(400, 40400003, "") // want `status 400 does not match error code 40400003 \(registered with 404\)`
}
