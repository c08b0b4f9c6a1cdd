// Shared runtime: int32 and int64 as the ranges of the .NET types a generated client reads them into, and a plain
// integer as int64 because SpecForge maps it to long, so the mock rejects what no client of the API could hold.
namespace SpecForge.Runtime.Validation
{
    using System.Text.Json;

    sealed partial class SchemaValidator
    {
        private static void CheckIntegerFormat(JsonElement value, JsonElement schema, Context context)
        {
            var format = schema.TryGetProperty("format", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
            var declaresInteger = DeclaresInteger(schema);
            var width = format == "int32" || format == "int64" ? format : format == null && declaresInteger ? "int64" : null;
            if (width == null)
            {
                return;
            }

            // A fraction under "type": "integer" is already a type violation; saying it twice would not help.
            if (!ConstraintRules.IsIntegral(value))
            {
                if (!declaresInteger)
                {
                    context.Report(Violations.Format(context.Path, width));
                }

                return;
            }

            var fits = width == "int32" ? Fits(value, int.MinValue, int.MaxValue) : Fits(value, long.MinValue, long.MaxValue);
            if (!fits)
            {
                context.Report(Violations.Format(context.Path, width));
            }
        }

        // 1e5 and 1.0 are the integers they name, as JSON Schema says; beyond decimal's range no long can hold a value.
        private static bool Fits(JsonElement value, long minimum, long maximum)
        {
            if (value.TryGetInt64(out var whole))
            {
                return whole >= minimum && whole <= maximum;
            }

            return value.TryGetDecimal(out var exact) && exact >= minimum && exact <= maximum;
        }

        private static bool DeclaresInteger(JsonElement schema)
        {
            if (!schema.TryGetProperty("type", out var type))
            {
                return false;
            }

            if (type.ValueKind == JsonValueKind.String)
            {
                return type.ValueEquals("integer");
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.ValueEquals("integer"))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
