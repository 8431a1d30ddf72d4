"""The defaults of a run, declared once: the flow's parameters and the CLI's settings start from them."""

INPUT_DIR = "seeds"
OUTPUT_DIR = "output"
STATE_DIR = ".state"  # run log, extraction cache and the local Prefect database
MAX_BYTES = 20_000_000  # larger files are quarantined unread
KEEP_VERSIONS = 3  # published versions kept in output/versions/
MASS_REMOVAL_SHARE = 1.0  # a run that would remove this share of the published documents refuses
SERVER_IDLE = 600  # seconds a Prefect server kept warm between runs waits for the next one (0: it ends with the run)
MANIFEST = "_manifest.json"  # a published version's manifest (flows/publishing.py), beside its tables
