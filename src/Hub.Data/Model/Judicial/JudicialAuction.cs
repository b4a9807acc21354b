namespace Hub.Data.Model.Judicial;

/// <summary>One round of an online judicial auction (司法网拍).</summary>
[DataSet("judicial_auction", Schemas.Judicial, SensitivityLevel.L2)]
[Index(nameof(EnforcementCaseNo), nameof(Round))]
public sealed class JudicialAuction : SharedRecord
{
    [MaxLength(64)]
    public string AuctionId { get; set; } = "";

    [MaxLength(32)]
    public string Platform { get; set; } = "";

    [MaxLength(16)]
    public string CourtCode { get; set; } = "";

    [MaxLength(64)]
    public string EnforcementCaseNo { get; set; } = "";

    /// <summary>不动产, 动产 or 其他财产权.</summary>
    [MaxLength(16)]
    [CodedColumn(nameof(CodeLists.AuctionAssetType))]
    public string AssetType { get; set; } = "";

    public decimal AppraisalValue { get; set; }

    public decimal StartPrice { get; set; }

    /// <summary>一拍, 二拍 or 变卖.</summary>
    [CodedColumn(nameof(CodeLists.AuctionRound))]
    [MaxLength(8)]
    public string Round { get; set; } = "";

    public DateOnly AnnounceDate { get; set; }

    public DateOnly BidStart { get; set; }

    public DateOnly? BidEnd { get; set; }

    public decimal? DealPrice { get; set; }

    /// <summary>成交, 流拍, 中止 or 撤回.</summary>
    [CodedColumn(nameof(CodeLists.AuctionStatus))]
    [MaxLength(8)]
    public string Status { get; set; } = "";

    public decimal? PriorityClaimsAmount { get; set; }

    public decimal? EnforcementCostEstimate { get; set; }

    /// <summary>Published items (执行依据, 评估报告 …) separated by '|'.</summary>
    [MaxLength(256)]
    public string Disclosures { get; set; } = "";

    [MaxLength(64)]
    public string? WinnerIdHash { get; set; }
}
