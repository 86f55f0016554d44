from articles import jobs
from articles.dry_runs import DryRunCommand
from articles.models import Article, Job


class Command(DryRunCommand):
    help = (
        "Ré-extrait et regroupe les chiffres de chaque article après un changement de l'extracteur, "
        "en arrière-plan (une tâche de fond suivie dans l'admin), ou ici avec --inline, en disant ce qui "
        "change (nouveaux, disparus, modifiés). Les chiffres vérifiés, modifiés ou rejetés par un éditeur "
        "ne sont jamais touchés."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--inline", action="store_true", help="run here and now instead of queuing a job")

    def handle(self, *args, dry_run, inline, **options):
        if not inline:
            job = Job.objects.create(kind=Job.Kind.REEXTRACTION, options={"dry_run": dry_run})
            jobs.start(job)
            self.stdout.write(
                f"Job {job.pk} queued: a task worker re-extracts every article; the admin shows its progress "
                f"and report (Tâches de fond)." + (" Dry run: nothing will be written." if dry_run else "")
            )
            return
        totals = {"new": 0, "gone": 0, "changed": 0}
        changed_articles = 0
        for article in Article.objects.order_by("pk").iterator(chunk_size=200):
            report = jobs.reextract_article(article, dry_run=dry_run)
            counts = {"new": len(report.new), "gone": len(report.gone), "changed": len(report.changed)}
            if not any(counts.values()):
                continue
            changed_articles += 1
            for key, n in counts.items():
                totals[key] += n
            self.stdout.write(
                f"{article.slug}: {counts['new']} new, {counts['gone']} gone, {counts['changed']} changed"
            )
            for line in jobs.figure_change_lines(report):
                self.stdout.write(f"  {line}")
        self.stdout.write(
            f"{changed_articles} article(s) changed: {totals['new']} new, {totals['gone']} gone, "
            f"{totals['changed']} changed figure(s)" + (" (dry run: nothing written)" if dry_run else "")
        )
