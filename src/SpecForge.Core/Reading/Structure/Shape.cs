namespace SpecForge.Core.Reading.Structure;

/// <summary>What kind of JSON value a place in an OpenAPI document must hold.</summary>
internal enum ShapeKind
{
    /// <summary>Any value (examples, defaults, enum items, extensions); only its strings are checked.</summary>
    Any,

    /// <summary>A string; a number or boolean is read as its text, as every OpenAPI reader does.</summary>
    String,

    /// <summary>true or false (or the strings "true"/"false").</summary>
    Boolean,

    /// <summary>A whole number from 0 to 2³¹−1 (lengths and counts).</summary>
    Count,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>A boolean or a number (3.1's exclusive bounds, which real 3.1 specs still write the 3.0 way).</summary>
    BooleanOrNumber,

    /// <summary>An object of a named kind (<see cref="Shape.Name"/>).</summary>
    Object,

    /// <summary>An object whose every value has the shape <see cref="Shape.Item"/>.</summary>
    Map,

    /// <summary>An array whose every item has the shape <see cref="Shape.Item"/>.</summary>
    List,

    /// <summary>A schema: an object, or in 3.1 a boolean.</summary>
    Schema,

    /// <summary>A schema or a boolean in every version (<c>additionalProperties</c>).</summary>
    SchemaOrBoolean,

    /// <summary>A type name, or in 3.1 an array of them.</summary>
    TypeNames,
}

/// <summary>One node of the grammar <see cref="StructureCheck"/> walks a document with.</summary>
internal sealed class Shape
{
    private Shape(ShapeKind kind, string? name = null, Shape? item = null, bool allowsExtensions = false)
    {
        Kind = kind;
        Name = name;
        Item = item;
        AllowsExtensions = allowsExtensions;
    }

    public ShapeKind Kind { get; }

    /// <summary>The object kind for <see cref="ShapeKind.Object"/> ("Operation", "Parameter", …), or of a named map.</summary>
    public string? Name { get; }

    /// <summary>The shape of each value of a map or item of a list.</summary>
    public Shape? Item { get; }

    /// <summary>For a map: whether <c>x-</c> keys are extensions (any value) rather than entries (Paths, Responses).</summary>
    public bool AllowsExtensions { get; }

    public static Shape Any { get; } = new(ShapeKind.Any);

    public static Shape String { get; } = new(ShapeKind.String);

    public static Shape Boolean { get; } = new(ShapeKind.Boolean);

    public static Shape Count { get; } = new(ShapeKind.Count);

    public static Shape Number { get; } = new(ShapeKind.Number);

    public static Shape BooleanOrNumber { get; } = new(ShapeKind.BooleanOrNumber);

    public static Shape Schema { get; } = new(ShapeKind.Schema);

    public static Shape SchemaOrBoolean { get; } = new(ShapeKind.SchemaOrBoolean);

    public static Shape TypeNames { get; } = new(ShapeKind.TypeNames);

    public static Shape Strings { get; } = ListOf(String);

    public static Shape Schemas { get; } = ListOf(Schema);

    public static Shape Object(string name) => new(ShapeKind.Object, name);

    public static Shape MapOf(Shape value) => new(ShapeKind.Map, item: value);

    public static Shape ExtensibleMapOf(Shape value) => new(ShapeKind.Map, item: value, allowsExtensions: true);

    /// <summary>A map that is itself an OpenAPI object, and so may be a <c>$ref</c> to one of kind <paramref name="name"/> (a Callback).</summary>
    public static Shape NamedMapOf(string name, Shape value) => new(ShapeKind.Map, name, value, allowsExtensions: true);

    public static Shape ListOf(Shape item) => new(ShapeKind.List, item: item);

    public override string ToString() => Kind switch
    {
        ShapeKind.Object => "an object (" + Name + ")",
        ShapeKind.Map => "an object of named entries",
        ShapeKind.List => "an array",
        ShapeKind.Schema => "a schema object",
        ShapeKind.SchemaOrBoolean => "a schema object or a boolean",
        ShapeKind.TypeNames => "a type name",
        ShapeKind.Count => "a whole number from 0 to 2147483647",
        ShapeKind.Number => "a number",
        ShapeKind.BooleanOrNumber => "a boolean or a number",
        ShapeKind.Boolean => "true or false",
        ShapeKind.String => "a string",
        _ => "a value",
    };
}
