namespace SpecForge.Core.Modeling;

/// <summary>The kinds of type the generated code reads and writes as JSON, each in its own way.</summary>
public enum TypeKind
{
    /// <summary>Any JSON value, kept as a JsonElement.</summary>
    JsonElement,

    /// <summary>A string.</summary>
    String,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A 32-bit integer.</summary>
    Int32,

    /// <summary>A 64-bit integer.</summary>
    Int64,

    /// <summary>A single-precision number.</summary>
    Single,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>An RFC 3339 date-time.</summary>
    DateTimeOffset,

    /// <summary>An RFC 3339 full-date.</summary>
    DateOnly,

    /// <summary>An RFC 3339 partial-time.</summary>
    TimeOnly,

    /// <summary>An ISO 8601 duration.</summary>
    TimeSpan,

    /// <summary>A UUID.</summary>
    Guid,

    /// <summary>A URI, absolute or relative.</summary>
    Uri,

    /// <summary>Base64-encoded bytes.</summary>
    Bytes,

    /// <summary>Raw bytes of a body, as a stream.</summary>
    Stream,

    /// <summary>A file part of a multipart body.</summary>
    File,

    /// <summary>A request body the caller builds.</summary>
    HttpContent,

    /// <summary>An array; see <see cref="TypeRef.Element"/>.</summary>
    List,

    /// <summary>An object used as a map from string; see <see cref="TypeRef.Element"/>.</summary>
    Map,

    /// <summary>A generated record.</summary>
    Record,

    /// <summary>A generated open enum.</summary>
    Enum,

    /// <summary>A generated union.</summary>
    Union,
}
