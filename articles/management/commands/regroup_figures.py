from articles.comparison.state import regroup
from articles.dry_runs import DryRunCommand, writes


class Command(DryRunCommand):
    help = (
        "Relit chaque chiffre et reconstruit les indicateurs automatiques, comme le ferait un import "
        "(données antérieures à la migration 0014, ou lues par un ancien regroupement). Les indicateurs "
        "confirmés ou modifiés par un éditeur et les chiffres qu'il a retirés ne sont jamais touchés."
    )

    def handle(self, *args, dry_run, **options):
        with writes(dry_run=dry_run):
            reread, before, after = regroup()
        self.stdout.write(
            f"{reread} chiffre(s) relu(s) autrement ; indicateurs automatiques : {before} avant, {after} après"
            + (" (essai : rien n'est écrit)" if dry_run else "")
        )
