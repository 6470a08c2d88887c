package socketlab.filter;

/** What compiling a display filter gave: a filter to use, or the reason it cannot be used. */
public sealed interface FilterResult permits FilterResult.Valid, FilterResult.Invalid {

    /** A filter that can be used. */
    record Valid(DisplayFilter filter) implements FilterResult {
    }

    /** The first thing wrong with the filter text. */
    record Invalid(FilterError error) implements FilterResult {
    }
}
