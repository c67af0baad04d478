using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Customers;

public sealed record ChangePlanInput(
    [Description("The line to move.")] string Msisdn,
    [Description("A catalogue plan other than the line's own.")] int PlanId);

public sealed record ChangePlanPayload(
    [Description("The line on its new plan.")] PhoneLine? Line,
    [Description("The line's new data plan; null when the new plan includes no data.")] DataPlan? DataPlan) : Payload;

/// <summary>The balance stays: money only moves through recharges and payments.</summary>
[Description("Moves a line to another catalogue plan: its data plan is replaced (the old one stays as usage history), and its data and minutes become the new plan's.")]
[Authorize(Staff)]
[Error<NotFoundError>, Error<ConflictError>]
public sealed class ChangePlan : Mutation<ChangePlanInput, ChangePlanPayload>
{
    protected override async Task<ChangePlanPayload> RunAsync(ChangePlanInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        var line = await db.PhoneLines.Include(l => l.Consumption).SingleOrDefaultAsync(l => l.Msisdn == input.Msisdn, ct)
            ?? throw new DomainException(new NotFoundError(CustomerErrors.MsisdnNotFound));
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PlanId, ct)
            ?? throw new DomainException(new NotFoundError($"El plan con id {input.PlanId} no existe"));
        if (line.PlanId == plan.Id)
            throw new DomainException(new ConflictError($"Line {line.Msisdn} is already on plan {plan.Name}", "planId"));

        line.PlanId = plan.Id;
        var dataPlan = await LineDataPlans.ReplaceAsync(db, line, plan, now, ct);
        line.Consumption ??= new Usage.Consumption { Balance = 0m };
        line.Consumption.DataMb = dataPlan is null ? 0m : LineDataPlans.RemainingMb(dataPlan);
        line.Consumption.Minutes = plan.Minutes;
        line.Consumption.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new ChangePlanPayload(line, dataPlan) { Events = [new ConsumptionChanged(line.Msisdn), new UsageUpdated(line.Msisdn)] };
    }
}
