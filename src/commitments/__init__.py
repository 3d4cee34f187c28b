"""commitments: typed, validated, exact data for public commitments."""
