"""Takedowns: removal requests under 情報流通プラットフォーム対処法 (削除の申出, 意見照会,
decisions with notices), sender-information readiness, 削除基準 and the transparency report."""
