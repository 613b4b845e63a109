using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FlowStudio.Infrastructure.Data;

/// <summary>Stores an instant as UTC ticks so SQLite can order, filter and index it.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
