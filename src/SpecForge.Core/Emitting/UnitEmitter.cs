using SpecForge.Core.Emitting.Artifacts;
using SpecForge.Core.Emitting.Json;
using SpecForge.Core.Emitting.Planning;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Renders one <see cref="EmitUnit"/>: a function of the unit, the templates and the options alone. The parts of one
/// type (record, converter, validator) go to one file under one hint name.
/// </summary>
public static class UnitEmitter
{
    /// <summary>Renders <paramref name="unit"/> into <paramref name="addSource"/>.</summary>
    public static void Emit(EmitUnit unit, TemplateSet templates, EmitOptions options, AddSource addSource)
    {
        switch (unit)
        {
            case TypesUnit types:
                foreach (var type in types.Types)
                {
                    Emit(type, templates, options, addSource);
                }

                break;

            case RecordUnit record:
            {
                var code = new JsonCode(record.Model, record.Json);
                DtoEmitter.Emit(record.Model, record.Dto, templates, options, code, addSource);
                JsonConverterEmitter.Emit(record.Model, record.Dto, templates, options, code, addSource);
                if (record.Model.EmitValidators)
                {
                    ValidatorEmitter.Emit(record.Model, record.Dto, record.IsDerivedFrom, templates, addSource);
                }

                break;
            }

            case UnionUnit union:
            {
                var code = new JsonCode(union.Model, union.Json);
                UnionEmitter.Emit(union.Model, union.Union, templates, options, code, addSource);
                if (union.Model.EmitValidators)
                {
                    ValidatorEmitter.Emit(union.Model, union.Union, templates, code, addSource);
                }

                break;
            }

            case EnumUnit item:
                EnumEmitter.Emit(item.Model, item.Enum, templates, new JsonCode(item.Model, JsonPlan.Empty), addSource);
                break;

            case ClientUnit client:
                ClientEmitter.Emit(client.Model, templates, options, new JsonCode(client.Model, client.Json), addSource);
                break;

            case CodecUnit codec:
                JsonCodecEmitter.Emit(codec, templates, new JsonCode(codec.Model, codec.Json), addSource);
                break;
        }
    }
}
