package analyzer

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"
)

// Resolution of configured positions against the types: a status or code
// that can never hold a constant integer, or a message that can never
// hold a constant string, would make the check silently pass, so each is
// a config error naming the file, line and key.

// valueKind is what a configured position must be able to hold.
type valueKind int

const (
	intValue valueKind = iota
	stringValue
)

func (k valueKind) String() string {
	if k == intValue {
		return "a constant integer"
	}
	return "a constant string"
}

// holds reports whether a value of type t can be the constant k: an
// integer (or string) type, named or not. An interface could hold one,
// but a status or code parameter of type any or error is the mistake of
// naming the wrong argument, so only where allowIface (values inside
// composite literals such as gin.H, messages) does it count.
func holds(t types.Type, k valueKind, allowIface bool) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return termsHold(tp, k)
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if k == intValue {
			return u.Info()&types.IsInteger != 0
		}
		return u.Info()&types.IsString != 0
	case *types.Interface:
		return allowIface
	}
	return false
}

// termsHold reports whether every type a type parameter's constraint
// allows holds k (C ~int does; C any does not: nothing says it is a code).
func termsHold(tp *types.TypeParam, k valueKind) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	found := false
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for j := range e.Len() {
				if !holds(e.Term(j).Type(), k, false) {
					return false
				}
			}
			found = true
		case *types.Interface:
			// Method sets: no word on the type.
		default:
			if !holds(e, k, false) {
				return false
			}
			found = true
		}
	}
	return found
}

// configuredFuncSpec resolves configured constructor i against the
// signature of its function.
func (c *checker) configuredFuncSpec(i int, sig *types.Signature) (*spec, error) {
	ct := c.st.cfg.Constructors[i]
	key := fmt.Sprintf("constructors[%d]", i)
	fail := func(k string, format string, args ...any) error {
		return fmt.Errorf("%s: %s: %s", c.st.cfg.where(key+"."+k), ct.Func, fmt.Sprintf(format, args...))
	}
	sp := &spec{status: noArg, code: noArg, message: noArg, defStatus: ct.DefaultStatus, nested: ct.Nested}
	if ct.FixedCode != nil {
		sp.fixedCode, sp.hasFixedCode = *ct.FixedCode, true
	}
	params := sig.Params()
	for _, a := range [...]struct {
		k, v string
		idx  *int
		sub  *string
		want valueKind
	}{
		{"status", ct.Status, &sp.status, &sp.statusKey, intValue},
		{"code", ct.Code, &sp.code, &sp.codeKey, intValue},
		{"message", ct.Message, &sp.message, &sp.messageKey, stringValue},
	} {
		if a.v == "" {
			continue
		}
		pos, sub, _ := strings.Cut(a.v, ".")
		idx, err := argIndex(sig, pos)
		if err != nil {
			return nil, fail(a.k, "%v", err)
		}
		p := params.At(idx)
		t := p.Type()
		if sig.Variadic() && idx == params.Len()-1 {
			t = t.(*types.Slice).Elem() // the first variadic argument
		}
		switch {
		case a.k == "code" && ct.Nested:
			// Any type: the argument is an inner construction.
		case sub != "":
			if err := keyHolds(t, sub, a.want); err != nil {
				return nil, fail(a.k, "parameter %s (%s): %v", paramName(p, idx), types.TypeString(t, nil), err)
			}
		case !holds(t, a.want, a.want == stringValue):
			return nil, fail(a.k, "parameter %s has type %s, which can never hold %s", paramName(p, idx), types.TypeString(t, nil), a.want)
		}
		*a.idx, *a.sub = idx, sub
	}
	for _, pair := range [...]struct {
		a, b   string
		ia, ib int
		ka, kb string
	}{
		{"status", "code", sp.status, sp.code, sp.statusKey, sp.codeKey},
		{"status", "message", sp.status, sp.message, sp.statusKey, sp.messageKey},
		{"code", "message", sp.code, sp.message, sp.codeKey, sp.messageKey},
	} {
		if pair.ia != noArg && pair.ia == pair.ib && pair.ka == pair.kb {
			return nil, fail(pair.b, "%s and %s are the same argument (%d)", pair.a, pair.b, pair.ia)
		}
	}
	if sp.defStatus != 0 && sp.status != noArg && sp.statusKey == "" && !(sig.Variadic() && sp.status == params.Len()-1) {
		return nil, fail("default-status", "every call passes the status (parameter %s is not variadic): the default would never apply",
			paramName(params.At(sp.status), sp.status))
	}
	return sp, nil
}

// keyHolds checks that a value of type t, as a composite literal, can
// hold the constant want at key: a map with string keys, or a struct
// with that field. An interface (gin's obj any) can hold any literal.
func keyHolds(t types.Type, key string, want valueKind) error {
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	switch u := u.(type) {
	case *types.Interface:
		return nil
	case *types.Map:
		if !holds(u.Key(), stringValue, false) {
			return fmt.Errorf("its keys are not strings, so it has no key %q", key)
		}
		if !holds(u.Elem(), want, true) {
			return fmt.Errorf("its values (%s) can never hold %s", types.TypeString(u.Elem(), nil), want)
		}
		return nil
	case *types.Struct:
		i := keyField(u, key)
		if i < 0 {
			_, err := fieldIndex(u, key)
			return fmt.Errorf("%v, nor a json tag", err)
		}
		if ft := u.Field(i).Type(); !holds(ft, want, true) {
			return fmt.Errorf("field %s has type %s, which can never hold %s", u.Field(i).Name(), types.TypeString(ft, nil), want)
		}
		return nil
	}
	return fmt.Errorf("not a map, struct or interface, so it has no key %q", key)
}

// configuredTypeSpec resolves configured struct constructor i against its
// fields.
func (c *checker) configuredTypeSpec(i int, st *types.Struct) (*spec, error) {
	ct := c.st.cfg.Constructors[i]
	key := fmt.Sprintf("constructors[%d]", i)
	sp := &spec{status: noArg, code: noArg, message: noArg, defStatus: ct.DefaultStatus}
	if ct.FixedCode != nil {
		sp.fixedCode, sp.hasFixedCode = *ct.FixedCode, true
	}
	for _, a := range [...]struct {
		k, v string
		dst  *int
		want valueKind
	}{{"status", ct.Status, &sp.status, intValue}, {"code", ct.Code, &sp.code, intValue}, {"message", ct.Message, &sp.message, stringValue}} {
		idx, err := fieldIndex(st, a.v)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", c.st.cfg.where(key+"."+a.k), ct.Type, err)
		}
		if idx != noArg {
			if ft := st.Field(idx).Type(); !holds(ft, a.want, a.want == stringValue) {
				return nil, fmt.Errorf("%s: %s: field %s has type %s, which can never hold %s",
					c.st.cfg.where(key+"."+a.k), ct.Type, a.v, types.TypeString(ft, nil), a.want)
			}
		}
		*a.dst = idx
	}
	return sp, nil
}

// paramName names parameter p (index i) in messages.
func paramName(p *types.Var, i int) string {
	if p.Name() == "" || p.Name() == "_" {
		return "#" + strconv.Itoa(i)
	}
	return p.Name()
}
