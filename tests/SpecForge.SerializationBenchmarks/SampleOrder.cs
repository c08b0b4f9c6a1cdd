using System;
using System.Collections.Generic;
using System.Globalization;
using Forge = SpecForge.SerializationBenchmarks.Generated;
using Hand = SpecForge.SerializationBenchmarks.HandWritten;

namespace SpecForge.SerializationBenchmarks;

/// <summary>
/// One order with 20 lines, built from the same values for both sides. Optional members are present on some lines and
/// absent on others, the required-nullable coupon code is null, and one name needs escaping, so both writers take
/// their omit-when-null, write-null and escaping branches.
/// </summary>
internal static class SampleOrder
{
    public const int LineCount = 20;

    private static readonly DateTimeOffset CreatedAt = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(2));

    private static readonly DateTimeOffset UpdatedAt = new(2025, 3, 15, 17, 2, 7, 123, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Metadata = new(StringComparer.Ordinal)
    {
        ["channel"] = "web",
        ["campaign"] = "spring-sale-2025",
        ["affiliate"] = "partner-0042",
        ["customerSegment"] = "returning",
    };

    public static Hand.Order HandWritten()
    {
        var lines = new List<Hand.LineItem>(LineCount);
        for (var i = 0; i < LineCount; i++)
        {
            lines.Add(new Hand.LineItem
            {
                Sku = Sku(i),
                Name = Name(i),
                Quantity = Quantity(i),
                UnitPrice = UnitPrice(i),
                DiscountRate = DiscountRate(i),
                Taxable = Taxable(i),
                GiftMessage = GiftMessage(i),
            });
        }

        return new Hand.Order
        {
            Id = 9_007_199_254_740_993,
            Number = "SO-2025-000123",
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
            Status = "shipped",
            Currency = "EUR",
            Total = 4_321.50m,
            Paid = true,
            Note = "Leave the parcel with the neighbour at number 12 if nobody answers.",
            CouponCode = null,
            ShippingAddress = new Hand.Address
            {
                Line1 = "Hauptstrasse 5",
                Line2 = "3rd floor",
                City = "Berlin",
                PostalCode = "10115",
                Country = "DE",
            },
            BillingAddress = new Hand.Address
            {
                Line1 = "Rue de Rivoli 101",
                City = "Paris",
                Region = "Ile-de-France",
                PostalCode = "75001",
                Country = "FR",
            },
            Lines = lines,
            Metadata = new Dictionary<string, string>(Metadata, StringComparer.Ordinal),
        };
    }

    public static Forge.Order Generated()
    {
        var lines = new List<Forge.LineItem>(LineCount);
        for (var i = 0; i < LineCount; i++)
        {
            lines.Add(new Forge.LineItem
            {
                Sku = Sku(i),
                Name = Name(i),
                Quantity = Quantity(i),
                UnitPrice = UnitPrice(i),
                DiscountRate = DiscountRate(i),
                Taxable = Taxable(i),
                GiftMessage = GiftMessage(i),
            });
        }

        return new Forge.Order
        {
            Id = 9_007_199_254_740_993,
            Number = "SO-2025-000123",
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
            Status = Forge.OrderStatus.Shipped,
            Currency = "EUR",
            Total = 4_321.50m,
            Paid = true,
            Note = "Leave the parcel with the neighbour at number 12 if nobody answers.",
            CouponCode = null,
            ShippingAddress = new Forge.Address
            {
                Line1 = "Hauptstrasse 5",
                Line2 = "3rd floor",
                City = "Berlin",
                PostalCode = "10115",
                Country = "DE",
            },
            BillingAddress = new Forge.Address
            {
                Line1 = "Rue de Rivoli 101",
                City = "Paris",
                Region = "Ile-de-France",
                PostalCode = "75001",
                Country = "FR",
            },
            Lines = lines,
            Metadata = new Dictionary<string, string>(Metadata, StringComparer.Ordinal),
        };
    }

    private static string Sku(int i) => "SKU-" + (10_000 + (i * 37)).ToString(CultureInfo.InvariantCulture);

    // Line 7 carries a character the default encoder escapes (é), on both sides alike.
    private static string Name(int i) => i == 7 ? "Café au lait, 250 g" : "Product number " + i.ToString(CultureInfo.InvariantCulture);

    private static int Quantity(int i) => 1 + (i % 4);

    private static decimal UnitPrice(int i) => 4.99m + (i * 12.25m);

    private static double? DiscountRate(int i) => i % 3 == 0 ? 0.15 : null;

    private static bool Taxable(int i) => i % 5 != 0;

    private static string? GiftMessage(int i) => i % 6 == 0 ? "Happy birthday!" : null;
}
