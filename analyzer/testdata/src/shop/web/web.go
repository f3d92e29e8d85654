package web // want package:"constructs"

type Context struct{}

// Fail is configured by parameter names.
func (c *Context) Fail(status, code int, msg string) {}

// Other is not a constructor.
func (c *Context) Other(status, code int) {}
