# Mask2Former Swin-L trained on the fine seeds of VOC: the reference's m2f-sl22-bt4-80k-512x-VOC, value by value
# (METHOD §12.1), on stock mmsegmentation. The values the workflow owns (dataset, splits, seed folder, work dir,
# iterations, batch per GPU, backbone weights) are set by fma_wsss.stage2.build_config from config.yaml.
_base_ = ["mmseg::mask2former/mask2former_swin-l-in22k-384x384-pre_8xb2-160k_ade20k-640x640.py"]
custom_imports = dict(imports=["mmdet.models", "fma_wsss.stage2"], allow_failed_imports=False)

num_classes = 21
crop_size = (512, 512)
data_preprocessor = dict(
    type="SegDataPreProcessor", mean=[123.675, 116.28, 103.53], std=[58.395, 57.12, 57.375], bgr_to_rgb=True,
    pad_val=0, seg_pad_val=255, size=crop_size)
model = dict(
    data_preprocessor=data_preprocessor,
    backbone=dict(init_cfg=dict(type="Pretrained", checkpoint=None)),  # set from config.yaml (stage2.backbone)
    decode_head=dict(num_classes=num_classes, num_queries=50, loss_cls=dict(class_weight=[1.0] * num_classes + [0.1])),
)

train_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="LoadAnnotations"),
    dict(type="RandomResize", scale=(2048, 512), ratio_range=(0.5, 2.0), keep_ratio=True),
    dict(type="RandomCrop", crop_size=crop_size, cat_max_ratio=0.75),
    dict(type="RandomFlip", prob=0.5),
    dict(type="PhotoMetricDistortion"),
    dict(type="Pad", size=crop_size),
    dict(type="PackSegInputs"),
]
test_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="Resize", scale=(2048, 512), keep_ratio=True),
    dict(type="LoadAnnotations"),
    dict(type="PackSegInputs"),
]
train_dataloader = dict(
    _delete_=True, batch_size=4, num_workers=8, persistent_workers=True,
    sampler=dict(type="InfiniteSampler", shuffle=True),
    dataset=dict(type="FmaSegDataset", pipeline=train_pipeline))
val_dataloader = dict(
    _delete_=True, batch_size=1, num_workers=4, persistent_workers=True,
    sampler=dict(type="DefaultSampler", shuffle=False),
    dataset=dict(type="FmaSegDataset", pipeline=test_pipeline))
test_dataloader = val_dataloader
val_evaluator = dict(type="IoUMetric", iou_metrics=["mIoU"])
test_evaluator = val_evaluator

max_iters = 80000
param_scheduler = [dict(type="PolyLR", eta_min=0, power=0.9, begin=0, end=max_iters, by_epoch=False)]
train_cfg = dict(type="IterBasedTrainLoop", max_iters=max_iters, val_interval=5000)
default_hooks = dict(checkpoint=dict(type="CheckpointHook", by_epoch=False, interval=5000, save_best="mIoU"))
