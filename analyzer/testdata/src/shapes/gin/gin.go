// Package gin is a stand-in for github.com/gin-gonic/gin: a context whose // want package:"constructs"
// JSON writes any body with a status.
package gin

// H is a shortcut for a JSON object.
type H map[string]any

// Context is a request's context.
type Context struct{}

// JSON writes obj as the body, with the status code (which gin calls code).
func (c *Context) JSON(code int, obj any) {}
