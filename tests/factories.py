"""Factories build rows directly; tests move state through services only."""

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from comments.models import PATH_SEGMENT, Comment, Finding, ProtectedPerson
from posts.models import Post


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or "pw-123456")
        if create:
            obj.save(update_fields=["password"])


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    slug = factory.Sequence(lambda n: f"post-{n}")
    title = factory.Sequence(lambda n: f"苦情 {n}")
    body = "携帯会社のサポートに関する苦情です。"
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(hours=1))


class CommentFactory(factory.django.DjangoModelFactory):
    """A comment row with a correct thread path (set after insert, like the service does)."""

    class Meta:
        model = Comment
        skip_postgeneration_save = True

    post = factory.SubFactory(PostFactory)
    parent = None
    body = factory.Sequence(lambda n: f"コメント本文 {n}")
    public_body = factory.LazyAttribute(lambda o: o.body if o.status in ("published",) else "")
    status = Comment.Status.PUBLISHED
    depth = factory.LazyAttribute(lambda o: o.parent.depth + 1 if o.parent else 0)

    @factory.post_generation
    def set_path(obj, create, extracted, **kwargs):
        prefix = obj.parent.path if obj.parent_id else ""
        obj.path = f"{prefix}{obj.pk:0{PATH_SEGMENT}d}"
        Comment.objects.filter(pk=obj.pk).update(path=obj.path)


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    comment = factory.SubFactory(CommentFactory, status=Comment.Status.PENDING)
    kind = Finding.Kind.PERSONAL
    category = "PHONE"
    start = 0
    end = 5


class ProtectedPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProtectedPerson

    name = "佐藤 花子"
    aliases = factory.LazyFunction(lambda: ["佐藤花子", "さとう はなこ", "Hanako Sato"])
    handles = factory.LazyFunction(lambda: ["@hanako_s77"])
    roles = factory.LazyFunction(lambda: ["当該店員"])
