using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpecForge.SerializationBenchmarks.HandWritten;

// The shapes of bench.yaml written by hand, as a team using System.Text.Json's own source generator would:
// mutable classes (STJ's fastest object path: a parameterless constructor, then setters), [JsonRequired] where the
// spec says required, omitted when null where it is optional, the open enum as a plain string. Member order and
// JSON names follow the spec, so both sides write byte-identical JSON (Program checks that before measuring).

/// <summary>An order, as <c>Order</c> in bench.yaml.</summary>
public sealed class Order
{
    [JsonRequired]
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonRequired]
    [JsonPropertyName("number")]
    public string Number { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("createdAt")]
    public DateTimeOffset CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonRequired]
    [JsonPropertyName("status")]
    public string Status { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("currency")]
    public string Currency { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("total")]
    public decimal Total { get; set; }

    [JsonRequired]
    [JsonPropertyName("paid")]
    public bool Paid { get; set; }

    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }

    // Required and nullable: always written, null included.
    [JsonRequired]
    [JsonPropertyName("couponCode")]
    public string? CouponCode { get; set; }

    [JsonRequired]
    [JsonPropertyName("shippingAddress")]
    public Address ShippingAddress { get; set; } = null!;

    [JsonPropertyName("billingAddress")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Address? BillingAddress { get; set; }

    [JsonRequired]
    [JsonPropertyName("lines")]
    public IReadOnlyList<LineItem> Lines { get; set; } = null!;

    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Metadata { get; set; }
}

/// <summary>A postal address, as <c>Address</c> in bench.yaml.</summary>
public sealed class Address
{
    [JsonRequired]
    [JsonPropertyName("line1")]
    public string Line1 { get; set; } = null!;

    [JsonPropertyName("line2")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Line2 { get; set; }

    [JsonRequired]
    [JsonPropertyName("city")]
    public string City { get; set; } = null!;

    [JsonPropertyName("region")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Region { get; set; }

    [JsonRequired]
    [JsonPropertyName("postalCode")]
    public string PostalCode { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("country")]
    public string Country { get; set; } = null!;
}

/// <summary>One line of an order, as <c>LineItem</c> in bench.yaml.</summary>
public sealed class LineItem
{
    [JsonRequired]
    [JsonPropertyName("sku")]
    public string Sku { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("name")]
    public string Name { get; set; } = null!;

    [JsonRequired]
    [JsonPropertyName("quantity")]
    public int Quantity { get; set; }

    [JsonRequired]
    [JsonPropertyName("unitPrice")]
    public decimal UnitPrice { get; set; }

    [JsonPropertyName("discountRate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DiscountRate { get; set; }

    [JsonRequired]
    [JsonPropertyName("taxable")]
    public bool Taxable { get; set; }

    [JsonPropertyName("giftMessage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GiftMessage { get; set; }
}

/// <summary>System.Text.Json's source generator for the hand-written shapes: metadata plus the fast serialization path.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(Order))]
public sealed partial class HandWrittenJsonContext : JsonSerializerContext
{
}
