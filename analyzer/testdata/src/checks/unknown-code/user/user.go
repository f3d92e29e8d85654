package user // want package:"constructs"

// Package user is a package of namespace user.

func NewError(httpCode, errorCode int, msg string) error { return nil }

func g() error {
	return NewError(400, 40000010, "") // want `error code 40000010 is not registered in namespace user \(it is registered in platform\)`
}
