# A tiny DeepLabV3+ for the toy on 2 CPU cores: the VOC recipe (dlv3p_r101_voc.py: SGD, poly schedule, losses,
# pipelines) with a ResNet-18 (v1c stem) from scratch, BN instead of SyncBN, narrow heads, and sizes scaled to the
# toy's 64-112 px images.
_base_ = ["./dlv3p_r101_voc.py"]

num_classes = 7
crop_size = (64, 64)
norm_cfg = dict(type="BN", requires_grad=True)
model = dict(
    data_preprocessor=dict(size=crop_size),
    backbone=dict(depth=18, norm_cfg=norm_cfg, init_cfg=None),
    decode_head=dict(in_channels=512, channels=32, c1_in_channels=64, c1_channels=16, num_classes=num_classes,
                     norm_cfg=norm_cfg),
    auxiliary_head=dict(in_channels=256, channels=16, num_classes=num_classes, norm_cfg=norm_cfg),
)
train_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="LoadAnnotations"),
    dict(type="RandomResize", scale=(256, 64), ratio_range=(0.5, 2.0), keep_ratio=True),
    dict(type="RandomCrop", crop_size=crop_size, cat_max_ratio=0.75),
    dict(type="RandomFlip", prob=0.5),
    dict(type="PhotoMetricDistortion"),
    dict(type="Pad", size=crop_size),
    dict(type="PackSegInputs"),
]
test_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="Resize", scale=(256, 64), keep_ratio=True),
    dict(type="LoadAnnotations"),
    dict(type="PackSegInputs"),
]
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
val_dataloader = dict(dataset=dict(pipeline=test_pipeline))
test_dataloader = val_dataloader
default_hooks = dict(logger=dict(interval=20))
