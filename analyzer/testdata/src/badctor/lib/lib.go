package lib

func New(status, code int) error { return nil }
