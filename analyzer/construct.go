package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// spec locates the status, code and message of a construction: parameter
// indices for functions, field indices for struct types (noArg: none).
type spec struct {
	status, code, message int
	// statusKey, codeKey and messageKey, when set, name a map key or
	// struct field inside the composite literal at that argument
	// (config INDEX.KEY: c.JSON(400, gin.H{"code": 40000001})).
	statusKey, codeKey, messageKey string
	fixed                          int   // status fixed by a wrapper or directive; 0: none
	defStatus                      int   // status of a call that passes none; 0: none
	fixedCode                      int64 // code fixed for every call, when hasFixedCode
	hasFixedCode                   bool
	nested                         bool // the code argument holds an inner construction
	wrapper                        bool // inferred (rather than configured or directed)
	exported                       bool // its fact has been exported
}

// fact returns the fact that carries sp to other packages.
func (sp *spec) fact() *ctorFact {
	return &ctorFact{Status: sp.status, Code: sp.code, Message: sp.message, Fixed: sp.fixed, Wrapper: sp.wrapper,
		DefaultStatus: sp.defStatus, FixedCode: sp.fixedCode, HasFixedCode: sp.hasFixedCode,
		StatusKey: sp.statusKey, CodeKey: sp.codeKey, MessageKey: sp.messageKey, Nested: sp.nested}
}

// construction is one recognized construction of an HTTP error, with the
// expressions holding its values (nil when absent).
type construction struct {
	node                  ast.Node // *ast.CallExpr or *ast.CompositeLit
	status, code, message ast.Expr
	fixed                 int
	defaulted             bool // fixed is the constructor's default-status: the call passes none
	fixedCode             int64
	hasFixedCode          bool
	nested                bool   // code is an inner construction's expression
	noMapper              bool   // an outer call gives the status: no mapper default
	name                  string // the constructor, for messages
	// tuple is g in f(g()), whose results are f's arguments: the status
	// and code are its results at tupleStatus and tupleCode.
	tuple                  *ast.CallExpr
	tupleStatus, tupleCode int
}

// funcName is a parsed types.Func.FullName: "pkg.F", "(pkg.T).M", "(*pkg.T).M".
type funcName struct {
	pkg, recv, name string
	ptr             bool
}

func parseFuncName(s string) (funcName, error) {
	var fn funcName
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, name, ok := strings.Cut(rest, ").")
		if !ok || name == "" || !token.IsIdentifier(name) {
			return fn, fmt.Errorf("want a method as (*path/to/pkg.Type).Method, got %q", s)
		}
		if r, ok := strings.CutPrefix(recv, "*"); ok {
			fn.ptr, recv = true, r
		}
		pkg, typ, err := splitQualified(recv)
		if err != nil {
			return fn, err
		}
		fn.pkg, fn.recv, fn.name = pkg, typ, name
		return fn, nil
	}
	pkg, name, err := splitQualified(s)
	if err != nil {
		return fn, fmt.Errorf("want a function as path/to/pkg.Func or a method as (*path/to/pkg.Type).Method, got %q", s)
	}
	fn.pkg, fn.name = pkg, name
	return fn, nil
}

// splitQualified splits "path/to/pkg.Name" into its package path and name.
func splitQualified(s string) (pkg, name string, err error) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i < strings.LastIndexByte(s, '/') || !token.IsIdentifier(s[i+1:]) {
		return "", "", fmt.Errorf("want path/to/pkg.Name, got %q", s)
	}
	return s[:i], s[i+1:], nil
}

// argIndex resolves a configured position (an index or a parameter name)
// against a signature.
func argIndex(sig *types.Signature, arg string) (int, error) {
	if arg == "" {
		return noArg, nil
	}
	params := sig.Params()
	if i, err := strconv.Atoi(arg); err == nil {
		if i >= params.Len() {
			return 0, fmt.Errorf("parameter index %d is out of range (%d parameters)", i, params.Len())
		}
		return i, nil
	}
	return paramByName(sig, arg)
}

// fieldIndex resolves a configured field name against a struct.
func fieldIndex(st *types.Struct, name string) (int, error) {
	if name == "" {
		return noArg, nil
	}
	var names []string
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return i, nil
		}
		names = append(names, st.Field(i).Name())
	}
	return 0, fmt.Errorf("%q is not a field (have %s)", name, strings.Join(names, ", "))
}

// callee returns the function or method a call invokes, on its generic
// origin, and the offset of the first argument that maps to a parameter
// (1 for method expressions like T.M(recv, ...)).
func callee(info *types.Info, call *ast.CallExpr) (*types.Func, int) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return nil, 0
	}
	off := 0
	sig := fn.Signature()
	if sig.Recv() == nil {
		return fn.Origin(), 0 // a function, not a method expression: no lookup in Selections
	}
	if !sig.Variadic() {
		// A method expression (T.M) takes the receiver as its first
		// argument; a method value takes exactly its parameters (one
		// multi-value call f(g()) stands for two or more of them).
		if len(call.Args) == sig.Params().Len()+1 {
			off = 1
		}
		return fn.Origin(), off
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			off = 1
		}
	}
	return fn.Origin(), off
}

// namedStruct returns the named struct type (origin) of a composite
// literal, or nil.
func namedStruct(info *types.Info, lit *ast.CompositeLit) (*types.Named, *types.Struct) {
	t := info.TypeOf(lit)
	if t == nil {
		return nil, nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok { // &T{} elided in []*T{{...}}
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, nil
	}
	named = named.Origin()
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	return named, st
}

// typeKey is the config form of a named type: "path/to/pkg.Name".
func typeKey(named *types.Named) string {
	obj := named.Obj()
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// callArgs returns the expressions of a call of fn at spec positions.
// spread reports a call f(a, rest...), whose variadic arguments are not
// known one by one.
func callArgs(info *types.Info, call *ast.CallExpr, fn *types.Func, off int, sp *spec) (status, code, message ast.Expr, spread bool) {
	limit := len(call.Args)
	if call.Ellipsis.IsValid() {
		// f(a, b, rest...): only the arguments before the variadic
		// parameter are where the signature says.
		limit = min(limit, off+fn.Signature().Params().Len()-1)
	}
	at := func(i int, key string) ast.Expr {
		if i < 0 || off+i >= limit {
			return nil
		}
		if key != "" {
			return keyedValue(info, call.Args[off+i], key)
		}
		return call.Args[off+i]
	}
	return at(sp.status, sp.statusKey), at(sp.code, sp.codeKey), at(sp.message, sp.messageKey), call.Ellipsis.IsValid()
}

// keyedValue returns the value at key inside the composite literal e
// (&T{...} too): the element of a map literal whose key is the string
// constant key, or the struct field named key. Nil when e is no such
// literal or the key is absent.
func keyedValue(info *types.Info, e ast.Expr, key string) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	t := info.TypeOf(lit)
	if t == nil {
		return nil
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if tv, ok := info.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == key {
				return kv.Value
			}
		}
	case *types.Struct:
		fi := keyField(u, key)
		if fi < 0 {
			return nil
		}
		name := u.Field(fi).Name()
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					return kv.Value
				}
				continue
			}
			if i == fi { // unkeyed
				return elt
			}
		}
	}
	return nil
}

// keyField returns the index of the struct field that key names: the
// field called key or, as the response is written, the one whose json
// tag names it (Code int `json:"code"` for key code). -1: none.
func keyField(st *types.Struct, key string) int {
	for i := range st.NumFields() {
		if st.Field(i).Name() == key {
			return i
		}
	}
	for i := range st.NumFields() {
		tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if tag == key {
			return i
		}
	}
	return -1
}

// litFields returns the expressions of a struct literal at spec positions.
func litFields(lit *ast.CompositeLit, st *types.Struct, sp *spec) (status, code, message ast.Expr) {
	var vals [3]ast.Expr
	want := [3]int{sp.status, sp.code, sp.message}
	for i, elt := range lit.Elts {
		fi := i
		val := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			fi = -1
			for j := range st.NumFields() {
				if st.Field(j).Name() == id.Name {
					fi = j
					break
				}
			}
			val = kv.Value
		}
		for k, w := range want {
			if w != noArg && w == fi {
				vals[k] = val
			}
		}
	}
	return vals[0], vals[1], vals[2]
}
