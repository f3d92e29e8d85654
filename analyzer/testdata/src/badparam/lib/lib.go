package lib

type Ctx struct{}

func (*Ctx) Fail(status, code int) {}

type Err struct{ Status, Code int }
