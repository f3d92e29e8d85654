package analyzer

import (
	"fmt"
	"sort"
	"strings"
)

// checkSet is the set of enabled checks.
type checkSet map[string]bool

// parseChecks reads a staticcheck-style list: "all" enables every check, a
// name enables that check, "-name" (or "-all") disables; later entries
// win. An empty list enables every check, and so does a list's start
// when its first entry switches one off ("-message-mismatch" alone means
// every check but that one). It returns the set, or the index of the
// first bad entry and what is wrong with it.
func parseChecks(list []string) (checkSet, int, error) {
	set := checkSet{}
	if len(list) == 0 || strings.HasPrefix(strings.TrimSpace(list[0]), "-") {
		for _, c := range checks {
			set[c.Name] = true
		}
	}
	for i, item := range list {
		name := strings.TrimSpace(item)
		on := true
		if rest, ok := strings.CutPrefix(name, "-"); ok {
			name, on = rest, false
		}
		if name == "all" {
			for _, c := range checks {
				set[c.Name] = on
			}
			continue
		}
		if _, ok := CheckByName(name); !ok {
			return nil, i, fmt.Errorf("unknown check %q (want all, %s, or one of them after -)", item, strings.Join(CheckNames(), ", "))
		}
		set[name] = on
	}
	return set, 0, nil
}

// splitChecks splits the -checks flag's comma-separated list.
func splitChecks(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// String lists the enabled checks, for messages and cache keys.
func (s checkSet) String() string {
	var on []string
	for name, ok := range s {
		if ok {
			on = append(on, name)
		}
	}
	sort.Strings(on)
	return strings.Join(on, ",")
}

// checksFlag is -checks: a comma-separated list, checked when set.
type checksFlag struct {
	value string
	set   checkSet // nil: not given
}

func (f *checksFlag) String() string { return f.value }

func (f *checksFlag) Set(s string) error {
	set, _, err := parseChecks(splitChecks(s))
	if err != nil {
		return err
	}
	f.value, f.set = s, set
	return nil
}

// severities maps each check to its severity: the check's default, or
// the config's override.
func severities(over map[string]string) map[string]string {
	out := map[string]string{}
	for _, c := range checks {
		out[c.Name] = c.Severity
	}
	for name, sev := range over {
		out[name] = sev
	}
	return out
}
